/**
 * Who says so: the claim status of what a sentence reports and who makes the claim. *alleged* for
 * an accusation (« accuse », « allégations », « présumé », "alleged", "accused", « dénonce » when it
 * names who did it) and for what the accused party denies; *reported* where a source reports it
 * as fact (« selon », "according to", "…, X said", a report, witnesses, or the outlet itself);
 * *confirmed* where the source is a party to the event (the army announcing its own arrests) or the
 * event is a public official act (a visit, a meeting held, an agreement, a summons, a base).
 */
import type { ClaimStatus } from '../types';

export interface Attribution {
  accusation: boolean; // the sentence gives the event as an accusation
  /** The source's words (a span of the sentence), when the sentence names one. */
  source?: { start: number; end: number };
}

const ACCUSATION = /\b(?:accus\w*|alleg\w*|allegations?|presumee?s?|reproch\w*|imput\w*|blam\w*|held \w+ responsible|holds? \w+ responsible|tenue?s? pour responsables?|mett?\w* en cause)\b/;
const DENUNCIATION = /\bdenonc\w*\b/;
// A denial: the verbs alone, or a rejection that names what it rejects (« ce que conteste
// l'armée », "a charge the army rejects", "allegations Bamako has dismissed").
const DENIAL = /\b(?:denied|denies|deny|dementi|dement|dementent|nie|nient|conteste|contestent|refute|refutent|refutes|refuted|rejected the accusations|rejects the accusations|rejette les accusations|a rejete les accusations|ont rejete)\b|\b(?:ce que|a charge|charges|an allegation|allegations|accusations|claims)\b[^.;]{0,50}\b(?:rejette\w*|rejects|rejected|dismiss\w*)\b|\b(?:dismissed|dismisses|qualifie\w*|balaye\w*|described) (?:ces |les |these |the |those )?(?:accusations|allegations|claims|reports|informations)\b/;

// Source phrases, folded. Group 1 is the source.
const SOURCES: RegExp[] = [
  /\bdenonce\w* par ((?:le |la |les |l')?[^,.;"]{2,60})/,
  /\bselon ((?:des |les |la |le |l'|un |une |leurs? |ses |nos )?[^,.;"]{2,60})/,
  /\baccording to ((?:a |an |the |local |several )?[^,.;"]{2,60})/,
  /,\s*(?:a|ont) (?:annonce|indique|declare|rapporte|affirme|precise|assure|confirme|appris de)\s+((?:l'|le |la |les |des |un |une )?[^,.;"]{2,60})/,
  /,\s*ont rapporte ((?:des |les )?[^,.;"]{2,40})/,
  /,\s*((?:the |a |an |local |aid |security |human )?[a-z' -]{2,60}?) (?:said|says|told reporters|reported|announced|alleged|confirmed)\b/,
  /^(?:[a-z ,]{0,25}, )?((?:the |a |an )?[a-z' -]{2,50}?) (?:said|says|announced|told reporters|reported|alleged|documents|accused|accuses)\b/,
  /^(?:[a-z ,]{0,25}, )?((?:des |les |la |le |l'|un |une )?[a-z' -]{2,50}?) (?:accusent|accuse|a annonce|ont annonce|a indique|rapporte|affirme|denonce|a affirme)\b/,
  /\b((?:human rights watch|amnesty international|the report|le rapport|l'organisation|the un|l'onu|unhcr|le hcr))\b/,
];

/** The attribution words of a folded sentence. */
export function readAttribution(folded: string): Attribution {
  let source: Attribution['source'];
  for (const re of SOURCES) {
    const m = re.exec(folded);
    if (m?.[1] && m[1].trim().length > 1) {
      const start = m.index + m[0].indexOf(m[1]);
      // "des éleveurs avaient (dénoncé)": the auxiliary is not part of who speaks.
      const words = m[1].trimEnd().replace(/\s+(?:avaient|avait|ont|a|have|has|had|also)$/, '');
      source = { start, end: start + words.length };
      break;
    }
  }
  return { accusation: ACCUSATION.test(folded), ...(source ? { source } : {}) };
}

/** Whether a folded sentence denounces with a perpetrator named after « par » / « de la part de ». */
export function denouncesPerpetrator(folded: string): boolean {
  const at = folded.search(DENUNCIATION);
  if (at === -1) return false;
  const after = folded.slice(at).replace(/^\w+/, '');
  // « dénoncés par le gouvernement »: the one who denounces, not a perpetrator.
  if (/^\s+par\b/.test(after)) return false;
  return /\b(?:par des?|par les?|par l'|de la part d)/.test(after);
}

// A denial told after the event it answers, in the same sentence: « …, ce que dément l'état-major »,
// "…, which the army denies", "…, a charge Bamako rejects", "…, allegations the army has dismissed".
const DENIED_CLAUSE = /\b(?:ce que|ce qu'|qui|which|who|a charge|charges|an allegation|allegations|accusations|an accusation|a claim|claims)\b[^.;]{0,50}?\b(?:dement|dementent|dementi|nie|nient|conteste|contestent|refute|refutent|rejette|rejettent|denies|denied|deny|rejects|rejected|refutes|refuted|dismiss(?:es|ed)?)\b/;

/** Whether the words after an event (folded) deny it as an attribution: the accusation is then alleged. */
export function deniedAfter(foldedAfter: string): boolean {
  return DENIED_CLAUSE.test(foldedAfter);
}

/** Whether a folded sentence is a denial (« dément », "denied any involvement"). */
export function isDenial(folded: string): boolean {
  return DENIAL.test(folded);
}

/** The strongest of two statuses for one incident: alleged over confirmed over reported. */
export function strongerClaim(a: ClaimStatus, b: ClaimStatus): ClaimStatus {
  const rank: Record<ClaimStatus, number> = { reported: 0, confirmed: 1, alleged: 2 };
  return rank[a] >= rank[b] ? a : b;
}
