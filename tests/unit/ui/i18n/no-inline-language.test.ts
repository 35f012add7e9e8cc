import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/** Source files under src/ui outside the i18n folder, which alone may choose words by language. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path.endsWith(join('src', 'ui', 'i18n')) ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

// A component that tests the language to pick its words (`language === 'fr' ? … : …`, `fr ? … : …`)
// or writes its own pair of words (`{ fr: '…', en: '…' }`) has words the table does not: they drift.
const INLINE = [/[!=]==?\s*['"](fr|en)['"]/, /['"](fr|en)['"]\s*[!=]==?/, /\b(fr|en)\s*\?/, /\bfr:\s*['"`][^'"`]/];

test('no component under src/ui chooses its words by testing the language', () => {
  const found: string[] = [];
  for (const file of sourceFiles(join('src', 'ui'))) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (INLINE.some((pattern) => pattern.test(line))) found.push(`${file}:${index + 1}: ${line.trim()}`);
      });
  }
  expect(found).toEqual([]);
});
