/**
 * Writes data/articles/kessiya-2024-05-mali-mauritanie/annotations.jsonld: the geoparser's output
 * on the seed article, so the seed is made as any article opened later is, after checking it against the 22 mentions a reviewer marked
 * (tests/fixtures/seed/article.fr.places.json): same spans, same places, nothing more. If the
 * geoparser and the reviewer ever disagree, the script stops and says where, writing nothing.
 *
 *   npx tsx data/scripts/derive-seed-annotations.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { serializeAnnotations } from '../../src/core/annotations/serialize-annotations';
import { bundledGazetteer } from '../../src/core/gazetteer/bundled-gazetteer';
import { createGeoparser } from '../../src/core/geoparse/create-geoparser';
import { geoparseAnnotations } from '../../src/core/geoparse/geoparse-annotations';
import { sha256Hex } from '../../src/core/article/sha256-hex';
import type { ArticleMeta, MentionKind } from '../../src/core/types';

const ARTICLE_ID = 'kessiya-2024-05-mali-mauritanie';
const root = new URL('../../', import.meta.url);
const articleDir = new URL(`data/articles/${ARTICLE_ID}/`, root);

// When the reviewer's marks entered the project (the commit that added the seed fixtures).
const SEED_CREATED = '2026-11-29T00:51:28Z';

// The fixture names referents in English words; the project names them by slug.
const PLACE_IDS: Record<string, string> = {
  Mali: 'mali',
  Mauritania: 'mauritania',
  Russia: 'russia',
  Nouakchott: 'nouakchott',
  Bamako: 'bamako',
  'Mali–Mauritania border': 'border-ml-mr',
};

/** A span the reviewer marked, with the place it names. */
interface ReviewerMention {
  start: number;
  end: number;
  placeId: string;
}

interface FixtureMention {
  start: number;
  end: number;
  surface: string;
  kind: MentionKind;
  place: string;
}

/** The reviewer's marks by place id; throws if a mark's surface is not the text at its offsets. */
function reviewerMentions(fixture: readonly FixtureMention[], text: string): ReviewerMention[] {
  return fixture.map((m) => {
    const placeId = PLACE_IDS[m.place];
    if (!placeId) throw new Error(`derive-seed-annotations: no place id for « ${m.place} »; add it to PLACE_IDS.`);
    if (text.slice(m.start, m.end) !== m.surface) throw new Error(`derive-seed-annotations: « ${m.surface} » is not at [${m.start}, ${m.end}) of the text.`);
    return { start: m.start, end: m.end, placeId };
  });
}

export async function deriveSeedAnnotations(): Promise<string> {
  const text = readFileSync(new URL('text.txt', articleDir), 'utf8');
  const meta = JSON.parse(readFileSync(new URL('meta.json', articleDir), 'utf8')) as ArticleMeta;
  const sha256 = await sha256Hex(text);
  if (sha256 !== meta.sha256) throw new Error(`derive-seed-annotations: text.txt has sha256 ${sha256}, meta.json says ${meta.sha256}.`);
  const fixture = JSON.parse(readFileSync(new URL('tests/fixtures/seed/article.fr.places.json', root), 'utf8')) as FixtureMention[];
  const reviewed = reviewerMentions(fixture, text);
  const geoparser = createGeoparser(bundledGazetteer());
  const { mentions } = geoparser.parse(text, { language: meta.language });
  const disagreements = [
    ...mentions.filter((m) => !reviewed.some((r) => r.start === m.start && r.end === m.end && r.placeId === m.placeId)).map((m) => `the geoparser found « ${m.surface} » [${m.start}, ${m.end}) → ${m.placeId}, which the reviewer did not mark so`),
    ...reviewed.filter((r) => !mentions.some((m) => r.start === m.start && r.end === m.end)).map((r) => `the reviewer marked « ${text.slice(r.start, r.end)} » [${r.start}, ${r.end}), which the geoparser missed`),
  ];
  if (disagreements.length) throw new Error(`derive-seed-annotations: the geoparser and the seed reviewer disagree:\n- ${disagreements.join('\n- ')}`);
  // The geoparser's proposals, created when the reviewer's marks entered the project, so the bytes are stable.
  const annotations = geoparseAnnotations(mentions, { articleId: ARTICLE_ID, text, sha256, created: SEED_CREATED, creator: geoparser.agent });
  return serializeAnnotations(annotations);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(new URL('annotations.jsonld', articleDir), await deriveSeedAnnotations());
}
