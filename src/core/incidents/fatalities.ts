/**
 * How many were killed, when the sentences say so, ACLED-style: the figure stated (digits or
 * words, French or English), the lower bound of a range or an approximation (« au moins sept »,
 * « une dizaine » → 10, "dozens" → 12), with a note saying so. No figure, no number: null.
 */

const WORDS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, quinze: 15, vingt: 20, trente: 30, quarante: 40, cinquante: 50, cent: 100,
  one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
const APPROX: Record<string, number> = { dizaine: 10, 'une dizaine': 10, vingtaine: 20, trentaine: 30, centaine: 100, dozen: 12, dozens: 12, 'des dizaines': 12, 'plusieurs dizaines': 12, scores: 20, 'des centaines': 100, hundreds: 100 };
const NUMBER = `(\\d+|une (?:dizaine|vingtaine|trentaine|centaine)|(?:des|plusieurs) dizaines|dozens|a dozen|${Object.keys(WORDS).join('|')})`;
const VICTIMS = "(?:[a-z'-]+ ){0,3}?(?:soldats|militaires|civils|personnes|people|soldiers|civilians|herders|eleveurs|orpailleurs|miners|villageois|villagers|terroristes|jihadistes|assaillants|attackers|men|hommes|morts|dead|tues|killed)";

const PATTERNS: RegExp[] = [
  new RegExp(`(?:killing|tuant|avoir tue|ont tue|a tue|executed|execute|avoir execute|d'avoir execute|killed|perdu|massacre) (?:at least |au moins |more than |plus de |some |about |environ )?${NUMBER}`, 'g'),
  new RegExp(`(?:at least |au moins |more than |plus de |some |about |environ )?${NUMBER} ${VICTIMS}(?: [a-z'-]+){0,5}? (?:were |ont ete |have been |had been )?(?:killed|tues|morts|dead|executes|executed|abattus)`, 'g'),
  new RegExp(`(?:bilan|toll)[^.]{0,40}?${NUMBER} (?:morts|tues|dead|killed|soldats|personnes|people)`, 'g'),
];

export interface Fatalities {
  count: number;
  note?: string;
  start: number;
  end: number;
}

/** The first figure of deaths in a folded sentence, or null. */
export function findFatalities(folded: string): Fatalities | null {
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    const m = re.exec(folded);
    if (!m) continue;
    const raw = m[1]!;
    const approx = APPROX[raw] ?? APPROX[raw.replace(/^(?:a|une) /, '')];
    const count = approx ?? (/^\d+$/.test(raw) ? Number(raw) : WORDS[raw]);
    if (count === undefined) continue;
    const lowerBound = /at least|au moins|more than|plus de/.test(m[0]);
    const note = approx !== undefined ? `« ${raw} » recorded as ${count}, ACLED's conservative figure for an approximate number.` : lowerBound ? `« ${m[0]} »: the lower bound, as ACLED records it.` : undefined;
    return { count, ...(note ? { note } : {}), start: m.index, end: m.index + m[0].length };
  }
  return null;
}
