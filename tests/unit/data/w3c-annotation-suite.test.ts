import { describe, expect, it } from 'vitest';
import { loadAnnotationMusts, readSuiteSamples } from './w3c-annotation-suite';

const { assertions, failedMusts } = loadAnnotationMusts();

// ORIGIN.md: this version of the suite does not recognise Composite, List or Independents targets.
const UNSUPPORTED_TARGETS = new Set(['Composite', 'List', 'Independents']);

type Json = Record<string, unknown>;

/** The annotations of a sample: the sample itself, or the items of a collection's embedded page. */
function annotationsOf(sample: Json): Json[] {
  if (sample.type === 'Annotation') return [sample];
  const page = (sample.type === 'AnnotationPage' ? sample : sample.first) as Json | string | undefined;
  if (typeof page !== 'object' || !Array.isArray(page.items)) return [];
  // Embedded annotations inherit the collection's @context (JSON-LD), so give it to them to check them alone.
  return (page.items as Json[]).map((item) => ({ '@context': sample['@context'], ...item }));
}

const correctAnnotations = readSuiteSamples('correct').flatMap(({ name, text }) =>
  annotationsOf(JSON.parse(text) as Json)
    .filter((a) => !UNSUPPORTED_TARGETS.has(String((a.target as Json | undefined)?.type)))
    .map((annotation) => ({ name: `${name} ${String(annotation.id)}`, annotation })),
);

describe('the W3C annotation MUST harness', () => {
  it('compiles every assertion listed in annotationMusts.test', () => {
    expect(assertions).toHaveLength(54);
  });

  it('finds more than 40 annotations among the suite’s correct samples', () => {
    expect(correctAnnotations.length).toBeGreaterThan(40);
  });

  it.each(correctAnnotations)('accepts the suite’s correct annotation $name', ({ annotation }) => {
    expect(failedMusts(annotation)).toEqual([]);
  });

  it('rejects an annotation without a target', () => {
    expect(failedMusts({ '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:x:1', type: 'Annotation' })).not.toEqual([]);
  });

  it('rejects a body that is a SpecificResource without a source', () => {
    const annotation = { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:x:1', type: 'Annotation', body: { type: 'SpecificResource', purpose: 'identifying' }, target: 'urn:x:article' };
    expect(failedMusts(annotation)).not.toEqual([]);
  });

  it('rejects more than half of the suite’s incorrect samples that are valid JSON', () => {
    const parsed = readSuiteSamples('incorrect').flatMap(({ text }) => {
      try {
        return [JSON.parse(text) as unknown];
      } catch {
        return [];
      }
    });
    const rejected = parsed.filter((a) => failedMusts(a).length > 0);
    expect(rejected.length).toBeGreaterThan(parsed.length / 2);
  });
});
