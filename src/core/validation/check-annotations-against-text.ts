/**
 * Checks each annotation's selectors against the article text it points into. An annotation
 * whose position no longer holds its quote is reported with what anchoring would do: re-anchor
 * by quote or close match (and where), or orphan it (and why). Never attach it silently elsewhere.
 */
import type { DataProblem } from '../dataset';
import type { ArticleMeta, PlaceAnnotation } from '../types';
import { anchorAnnotation } from '../annotations/anchor-annotation';
import { articleIri } from '../annotations/create-place-annotation';

/** Problems of `annotations` (from `path`) against `text` and its `meta`; empty when every selector matches exactly. */
export function checkAnnotationsAgainstText(path: string, annotations: readonly PlaceAnnotation[], text: string, meta: ArticleMeta): DataProblem[] {
  const problems: DataProblem[] = [];
  annotations.forEach((annotation, i) => {
    if (annotation.target.source !== articleIri(meta.id)) {
      problems.push({ file: path, field: `[${i}].target.source`, message: `is "${annotation.target.source}", not this article (${articleIri(meta.id)}).`, fix: 'Point the annotation at the article whose folder it is in.' });
    }
    if (!annotation.id.startsWith(`urn:border-brief:annotation:${meta.id}:`)) {
      problems.push({ file: path, field: `[${i}].id`, message: `"${annotation.id}" does not name this article.`, fix: `Use urn:border-brief:annotation:${meta.id}:<n>.` });
    }
    if (annotation['bb:articleSha256'] !== meta.sha256) {
      problems.push({ file: path, field: `[${i}]["bb:articleSha256"]`, message: 'differs from the sha256 in meta.json: the annotation was made on another version of the text.', fix: 'Re-derive the annotations from the current text, or review this one.' });
    }
    const [quote, position] = annotation.target.selector;
    const slice = text.slice(position.start, position.end);
    const before = text.slice(Math.max(0, position.start - quote.prefix.length), position.start);
    const after = text.slice(position.end, position.end + quote.suffix.length);
    if (slice === quote.exact && before === quote.prefix && after === quote.suffix) return;
    const anchor = anchorAnnotation(annotation, text);
    const found = slice === quote.exact ? 'its context changed' : `the text there reads « ${slice} »`;
    problems.push(
      anchor.status === 'anchored'
        ? {
            file: path,
            field: `[${i}].target.selector`,
            message: `the quote « ${quote.exact} » is no longer at [${position.start}, ${position.end}) (${found}); it re-anchors by ${anchor.method} at [${anchor.start}, ${anchor.end}) « ${text.slice(anchor.start, anchor.end)} ».`,
            fix: 'Check the new place is right, then re-derive the annotations so their selectors match the text.',
          }
        : {
            file: path,
            field: `[${i}].target.selector`,
            message: `the quote « ${quote.exact} » is no longer at [${position.start}, ${position.end}) (${found}) and is orphaned: ${anchor.reason}.`,
            fix: 'Review the annotation: mark the mention again in the current text, or delete it.',
          },
    );
  });
  return problems;
}
