/**
 * Places the gazetteer does not know but the text plainly names (« le village de Tenkaré »,
 * "the town of Xyz"): returned as unlocated mentions for a person to place, never dropped and
 * never guessed.
 */
import type { GeoparseMention } from './geoparse-types';

const CUE = /(?<![\p{L}])(village|villages|localité|localités|hameau|commune|ville|town|région|region)\s+(?:de\s+|d['’]|of\s+)?(\p{Lu}[\p{L}’'-]*\p{L}(?:[ -](?:el|ech|du|de)?[ -]?\p{Lu}[\p{L}’'-]*\p{L})?)/gu;

/** Unlocated mentions of unknown names after a settlement word, outside the known mentions. */
export function unknownPlaceMentions(text: string, known: readonly GeoparseMention[]): GeoparseMention[] {
  const out: GeoparseMention[] = [];
  const sorted = [...known].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const match of text.matchAll(CUE)) {
    const cue = match[1];
    const name = match[2];
    if (!name || match.index === undefined) continue;
    const start = match.index + match[0].length - name.length;
    const end = start + name.length;
    // Cue matches come in text order, so one pointer walks the known mentions once.
    while (k < sorted.length && sorted[k]!.end <= start) k += 1;
    if (k < sorted.length && sorted[k]!.start < end) continue;
    out.push({
      start,
      end,
      surface: name,
      kind: cue === 'région' || cue === 'region' ? 'region' : 'town',
      placeId: null,
      confidence: 0.5,
      candidates: [],
      unlocatedReason: `"${name}" follows a settlement word but is not in the gazetteer; place it by hand.`,
    });
  }
  return out;
}
