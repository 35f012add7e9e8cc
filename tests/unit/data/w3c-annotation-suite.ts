/**
 * The W3C Web Annotation test suite's MUST assertions as a reusable check: load every schema of
 * `definitions/`, compile each assertion listed in `annotations/annotationMusts.test`, and report
 * every assertion an annotation does not meet as its suite expects.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const suiteDir = new URL('../../fixtures/w3c-annotation-tests/', import.meta.url);

interface Assertion {
  file: string;
  expectedResult: 'valid' | 'invalid';
  errorMessage: string;
  validate: (data: unknown) => boolean;
}

/** Compiles the suite once; the returned function lists the failed MUST assertions (empty: conforming). */
export function loadAnnotationMusts(): { assertions: Assertion[]; failedMusts: (annotation: unknown) => string[] } {
  const ajv = new Ajv({ strict: false, allErrors: false });
  addFormats(ajv);
  for (const file of readdirSync(new URL('definitions/', suiteDir))) {
    ajv.addSchema(readJson(`definitions/${file}`) as object);
  }
  const list = readJson('annotations/annotationMusts.test') as { assertions: string[] };
  const assertions = list.assertions.map((file): Assertion => {
    const schema = readJson(file) as { expectedResult?: 'valid' | 'invalid'; errorMessage?: string };
    return { file, expectedResult: schema.expectedResult ?? 'valid', errorMessage: schema.errorMessage ?? file, validate: ajv.compile(schema) };
  });
  const failedMusts = (annotation: unknown): string[] =>
    assertions.filter((a) => a.validate(annotation) !== (a.expectedResult === 'valid')).map((a) => `${a.file}: ${a.errorMessage}`);
  return { assertions, failedMusts };
}

export function readSuiteSamples(folder: 'correct' | 'incorrect'): Array<{ name: string; text: string }> {
  return readdirSync(new URL(`samples/${folder}/`, suiteDir))
    .sort()
    .map((name) => ({ name, text: readFileSync(new URL(`samples/${folder}/${name}`, suiteDir), 'utf8') }));
}

function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(new URL(relative, suiteDir), 'utf8'));
}
