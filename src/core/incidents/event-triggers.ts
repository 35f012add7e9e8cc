/**
 * Event detection: the words that report an event (verbs and nouns of violence, abduction,
 * protest, visit, meeting, agreement, arrest…), read with their grammatical context rather than
 * as keywords. A trigger is dropped when the sentence negates it (« n'a pas été attaquée », "did
 * not attack", « aucun enlèvement »), when it is only possible, planned or feared (« pourrait »,
 * « menace de », « devrait », "would", « craignent que »), when a verb is in the future or the
 * conditional (« partiraient »), when the noun names a cause of flight (« fuyant les combats ») or
 * an ongoing background (« les combats se poursuivent », "attacks have been rare"), or what
 * someone demands an end to (« réclamaient la fin des exactions »). A trigger is
 * *weak* when it only refers back to an event told elsewhere — a headline, a demonstrative
 * (« cette rencontre »), a participle used as an adjective (« quatre soldats tués », "herders
 * killed near border"), a word for the attackers or the toll: it may add a sentence to an incident,
 * never make one.
 */
import type { Language } from '../types';
import { wordsAfter, wordsBefore } from './incident-text';

export type EventKind =
  | 'kill'
  | 'attack'
  | 'clash'
  | 'abuse'
  | 'airstrike'
  | 'explosive'
  | 'abduct'
  | 'sexual'
  | 'loot'
  | 'protest'
  | 'intervene'
  | 'visit'
  | 'meeting'
  | 'summon'
  | 'agreement'
  | 'arrest'
  | 'seize'
  | 'base'
  | 'change'
  | 'closure'
  | 'regain'
  | 'overtake';

/** How a trigger is written: a finite verb, a participle (adjectival or not), or a noun. */
type Form = 'verb' | 'participle' | 'noun' | 'weak';

interface TriggerRule {
  kind: EventKind;
  form: Form;
  re: RegExp; // on folded text, global; group 0 is the trigger
}

const fr = (kind: EventKind, form: Form, source: string): TriggerRule => ({ kind, form, re: new RegExp(`(?<![a-z])(?:${source})(?![a-z])`, 'g') });

// French triggers. Participles are listed apart from finite forms: their strength depends on the
// auxiliary before them.
const FRENCH: TriggerRule[] = [
  fr('kill', 'participle', "tue|tues|tuee|tuees|execute|executes|executee|executees|massacre|massacres|abattu|abattus"),
  fr('kill', 'verb', "tuant|ont tue|a tue|avoir tue|d'avoir tue|avoir execute|d'avoir execute|ont execute|a execute|ont massacre|ont abattu|a abattu|ont neutralise|a neutralise|avoir neutralise|avoir perdu \\w+ soldats|ont perdu la vie|ont trouve la mort|a trouve la mort|corps (?:ont ete |a ete )?retrouves?"),
  fr('kill', 'noun', 'assassinat|assassinats|massacre de|executions sommaires'),
  fr('attack', 'participle', 'attaque|attaques|attaquee|attaquees|cible|ciblee|ciblees'),
  fr('attack', 'verb', "ont attaque|a attaque|attaquent|attaque un|attaque une|attaque le|attaque la|ont pris d'assaut|a pris d'assaut|ont tendu une embuscade|a tendu une embuscade"),
  fr('attack', 'noun', "attaque contre|attaque de|attaque d'|attaque meurtriere|embuscade|assaut contre|raid contre"),
  fr('clash', 'noun', 'affrontements|affrontement|combats|accrochage|accrochages|heurts'),
  fr('clash', 'verb', "se sont affrontes|ont affronte|ont combattu|ont echange des tirs"),
  fr('abuse', 'noun', 'exactions|atrocites|abus commis'),
  fr('airstrike', 'noun', "frappes aeriennes|frappe aerienne|frappes de drones?|frappe de drone|bombardements aeriens|bombardement aerien"),
  fr('airstrike', 'verb', "a mene des frappes|ont mene des frappes|a frappe|ont frappe|a bombarde|ont bombarde"),
  fr('explosive', 'noun', "engin explosif|engins explosifs|mine artisanale|explosion d'une mine|ied"),
  fr('abduct', 'participle', 'enleve|enleves|enlevee|enlevees|kidnappe|kidnappes|pris en otage|pris en otages|sequestre|sequestres'),
  fr('abduct', 'verb', "ont enleve|a enleve|enlevent|ont kidnappe|a kidnappe|ont pris en otage"),
  fr('abduct', 'noun', "enlevement|enlevements|rapt|rapts|prise d'otages?|disparition forcee|disparitions forcees"),
  fr('sexual', 'noun', 'viol|viols|violences sexuelles'),
  fr('sexual', 'participle', 'violee|violees'),
  fr('loot', 'noun', "pillage|pillages|vol de (?:leur |son |du |de )?betail|vols de betail|razzia|incendie de"),
  fr('loot', 'verb', "ont pille|a pille|ont vole|a vole|ont incendie|a incendie|ont brule|a brule|emportant"),
  fr('loot', 'participle', 'pille|pilles|pillee|pillees|incendie|incendies|incendiee|incendiees'),
  fr('protest', 'verb', "ont manifeste|a manifeste|manifestent|ont marche|ont proteste|se sont rassembles|ont organise un sit-in"),
  fr('protest', 'noun', "manifestation|manifestations|sit-in|marche de protestation"),
  fr('intervene', 'verb', "a disperse|ont disperse|dispersant|gaz lacrymogenes?"),
  fr('visit', 'verb', "est arrive a|est arrivee a|sont arrives a|sont arrivees a|s'est rendu|s'est rendue|se sont rendus|a effectue une visite|a effectue une tournee|a visite|ont visite|a debute une visite|a entame une visite|a effectue mardi une tournee|a effectue \\w+ une (?:visite|tournee)"),
  fr('visit', 'noun', "visite de travail|visite officielle|visite strategique|visite d'amitie|tournee"),
  fr('visit', 'weak', "(?:la|cette) visite"),
  // « a reçu mercredi à Bamako son homologue », « ont accueilli leurs homologues »: a meeting held;
  // « a reçu un appel de son homologue » is a call, not a meeting.
  fr('meeting', 'verb', "(?:a|ont) (?:recu|accueilli|rencontre)(?: [a-z'-]+){0,4}?(?<!\\b(?:de|du|des|par)) (?:son|sa|ses|leurs?) homologues?|a rencontre|ont rencontre|s'est entretenu|se sont entretenus|se sont reunis|s'etaient reunis|s'est reuni|a recu (?:[a-z'-]+ ){0,4}?(?:une|la|les|des|le) (?:delegation|familles|ministre|ambassadeur|notables|representants)"),
  fr('meeting', 'noun', "rencontres (?:politiques|bilaterales)|rencontre bilaterale|reunion|reunions|pourparlers|entretiens"),
  fr('meeting', 'weak', "cette rencontre|cette reunion|ces discussions|les discussions"),
  fr('summon', 'verb', "a convoque|ont convoque|convoquer l'ambassadeur"),
  fr('agreement', 'verb', "ont signe|a signe|signent|ont conclu un accord|sont convenus de|ont convenu d(?:e|')(?! ?se revoir| ?se retrouver| ?se rencontrer)"),
  fr('agreement', 'noun', "accord signe|signature d'un accord|protocole d'accord"),
  fr('arrest', 'participle', 'interpelle|interpelles|arrete|arretes|apprehende|apprehendes|capture|captures'),
  fr('arrest', 'verb', "a interpelle|ont interpelle|ont arrete|a arrete|a procede a l'arrestation|ont procede a l'interpellation"),
  fr('arrest', 'noun', "arrestation de|arrestations|interpellation de|interpellations"),
  fr('seize', 'participle', 'intercepte|interceptes|interceptee|interceptees'),
  fr('base', 'verb', "a inaugure une base|ont inaugure une base|a installe une base|a etabli une base|a ouvert une base"),
  fr('base', 'noun', "nouvelle base militaire|nouveau camp militaire"),
  fr('change', 'participle', 'deploye|deployes|deployee|deployees'),
  fr('change', 'verb', "ont renforce leur presence|a renforce sa presence|ont redeploye|a redeploye|ont deploye des|a deploye des|se sont retires de|a retire ses soldats|ont retire leurs soldats"),
  fr('change', 'noun', "mouvements impliquant des groupes armes|mouvements de groupes armes|mouvements de troupes"),
  fr('closure', 'verb', "de fermer (?:la frontiere|les points de passage|le poste|les postes)|ont ferme (?:la frontiere|les points de passage)|a ferme (?:la frontiere|les points de passage)"),
  fr('closure', 'noun', "fermeture (?:de la frontiere|des points de passage|du karakoro|du poste)"),
  fr('regain', 'verb', "ont repris le controle|a repris le controle"),
  fr('overtake', 'verb', "ont pris le controle|a pris le controle|se sont empares"),
  fr('kill', 'weak', 'assaillants|bilan provisoire|bilan'),
];

const en = fr;
const ENGLISH: TriggerRule[] = [
  en('kill', 'participle', 'killed|executed|massacred|shot dead|neutralised|neutralized'),
  // Gerunds after "accused … of", "blamed … for": « executing five herders », "shooting dead".
  en('kill', 'verb', "killing|executing|shooting dead|summarily executed|bodies were found|bodies found|died in"),
  en('kill', 'noun', 'killings|massacre|executions'),
  en('attack', 'participle', 'attacked|targeted|raided|stormed'),
  en('attack', 'verb', "ambushed|attacking|attack on|attacks on"),
  en('attack', 'noun', "an attack|the attack|ambush|raid on|assault on"),
  en('clash', 'noun', 'clashes|fighting|clash|gunfight'),
  en('clash', 'verb', 'clashed|fought'),
  en('abuse', 'noun', 'abuses|atrocities'),
  en('airstrike', 'noun', 'air ?strikes?|drone strikes?|airstrikes?|aerial bombardment'),
  en('airstrike', 'verb', '(?:aircraft|drones?|jets?|warplanes?|planes?|helicopters?|air force) (?:struck|hit|bombed|targeted|pounded)'),
  en('explosive', 'noun', 'roadside bomb|improvised explosive|ied|landmine'),
  en('abduct', 'participle', 'abducted|kidnapped|taken hostage|seized'),
  en('abduct', 'noun', 'abduction|abductions|kidnapping|kidnappings|hostage-taking'),
  en('abduct', 'verb', 'abducting|detained the|detained \\w+ (?:men|civilians|herders|traders)'),
  en('sexual', 'noun', 'rape|rapes|sexual violence'),
  en('loot', 'verb', "stole|looted|burning|burned|torched|torching|set fire to"),
  en('loot', 'noun', 'looting|cattle theft|theft of'),
  en('protest', 'verb', 'marched|protested|demonstrated|rallied|staged a sit-in'),
  en('protest', 'noun', 'protest|protests|demonstration|demonstrations'),
  en('intervene', 'verb', 'dispersed|tear gas|teargas|broke up the'),
  en('visit', 'verb', 'visited|travell?ed to|arrived in|toured'),
  en('visit', 'noun', 'official visit|state visit|working visit'),
  en('visit', 'weak', 'the visit|this visit'),
  // "met his Malian counterpart", "hosted her counterpart", "was received by his counterpart".
  en('meeting', 'verb', "(?:met|hosted|received|welcomed|greeted|sat down with|met with|held talks with|was (?:received|hosted|welcomed) by)(?: [a-z'-]+){0,4}?(?<!\\b(?:from|of|to)) (?:his|her|their) (?:[a-z'-]+ )?counterparts?|met with|met in|met at|held talks|received a delegation|received the"),
  en('meeting', 'noun', 'meeting between|talks between'),
  en('meeting', 'weak', 'the meeting|this meeting|the talks'),
  en('summon', 'participle', 'summoned'),
  en('agreement', 'verb', 'signed an agreement|signed a|agreed to|agreed on'),
  en('agreement', 'noun', 'peace deal|memorandum of understanding'),
  en('arrest', 'participle', 'arrested|apprehended|captured'),
  en('arrest', 'noun', 'arrests|arrest of'),
  en('seize', 'participle', 'intercepted'),
  en('base', 'verb', 'inaugurated a base|opened a base|set up a base|established a base|opened a new base|inaugurated a new base'),
  en('base', 'noun', 'new army base|new military base'),
  en('change', 'participle', 'deployed'),
  en('change', 'verb', 'reinforced its presence|redeployed|deployed troops|deployed soldiers|withdrew its troops|pulled out'),
  en('change', 'noun', 'troop movements|armed group movements'),
  en('closure', 'verb', 'closed the border|closed the crossings?|shut the border'),
  en('closure', 'noun', 'closure of the (?:border|crossings?)|border closure'),
  en('regain', 'verb', 'retook|recaptured|regained control'),
  en('overtake', 'verb', 'seized control|took control'),
  en('kill', 'weak', 'attackers|assailants|death toll|the toll'),
];

export interface Trigger {
  kind: EventKind;
  start: number; // local to the sentence
  end: number;
  strong: boolean;
  /** Why a trigger found in the text was not kept (negated, modal, background); absent when kept. */
  dropped?: string;
}

const AUXILIARIES = new Set(['a', 'ont', 'ete', 'est', 'sont', 'etait', 'etaient', 'avait', 'avaient', 'ai', 'been', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'puis', 'et', 'then', 'and', 'se', "s'est", 'being', 'get', 'got', 'avoir', "d'avoir"]);
const SKIPPABLE = new Set(['deja', 'already', 'summarily', 'sommairement', 'reportedly', 'allegedly', 'brutalement', 'ete']);
const DEMONSTRATIVE = new Set(['cette', 'ces', 'cet', 'ce', 'this', 'these', 'that', 'those']);
const DETERMINER_AFTER = /^(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|\d+|dozens|hundreds|several|some|his|her|their|its|at|more|about|up|one|eleven|twelve|un|une|des|les|le|la|l|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|au)$/;

// Negation before the trigger in its clause (French ne … pas / jamais / aucun, English not / no / never).
const NEGATION_FR = /(?:\bn'|\bne\s)[^,;.]{0,40}$|(?:\baucune?|\bsans|\bni)\s+(?:\S+\s+){0,2}$|\b(?:dement|dementent|nie|nient)\s+(?:d'avoir\s+|avoir\s+)?$/;
const NEGATION_EN = /\b(?:not|never|no|didn't|did not|wasn't|weren't|denied that|denied|denies|deny)\s+(?:\S+\s+){0,2}$/;
// Modality and future: the event is possible, planned, feared or announced, not reported as done.
const MODAL_FR = /\b(?:pourrai(?:en)?t|pourra(?:ient)?|pourront|devrai(?:en)?t|devra|devront|doit|doivent|est attendue?|sont attendue?s|menacen?t? de|menace d'|risquen?t? de|envisagen?t? de|prevoi(?:en)?t de|projettent de|craign\w* que|redout\w*|puissent|afin de|pour|dans le but de|si)\b[^,;.]{0,60}$/;
const MODAL_EN = /\b(?:would|could|might|may|will|shall|plans? to|planned to|threaten(?:s|ed)? to|fears? that|feared|likely to|expected to|ready to|preparing to|to)\s+(?:\S+\s+){0,3}$/;
const FUTURE_VERB = /(?:eraient|eront|erait|eriez|erons|irait|iraient|iront)$/;
const CAUSE_BEFORE = /\b(?:fuyant|fuir|fui|fuient|fleeing|flee|fled|face a|en raison des?|because of)\s+(?:\S+\s+){0,2}$/;
// What is demanded is not what happened: « réclamaient la fin des exactions », "called for an end
// to the killings". Only a demand for an end: « demandent une enquête sur le massacre » reports one.
const DEMAND_BEFORE = /\b(?:reclam\w*|exig\w*|demand\w*|appel\w*|call(?:ed|ing|s)? for|urg(?:ed|es|ing))\b[^,;.]{0,20}\b(?:la fin d|l'arret d|un terme a|an end to|a halt to|the end of)[^,;.]{0,25}$/;
const REMOTE = /\b(?:telephon\w*|par telephone|phone|by phone|phone call|visioconference|videoconference|video call|video link)\b/;
const BACKGROUND_AFTER = /^\s*(?:se poursuiv|continu|persist|ont ete rares|sont rares|have been rare|are rare|continue|remain)/;
const YEAR_HISTORY = /\b(?:en|in|since|depuis)\s(?:19|20)\d\d\b/;

/** The triggers of one folded sentence, kept and dropped, in text order. */
export function findTriggers(folded: string, language: Language, isHeadline: boolean): Trigger[] {
  const rules = language === 'fr' ? FRENCH : ENGLISH;
  // Every rule's matches, then the longest words first: « d'avoir tué » is a verb, not the participle « tué ».
  const candidates: Array<{ rule: TriggerRule; start: number; end: number }> = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (const match of folded.matchAll(rule.re)) candidates.push({ rule, start: match.index, end: match.index + match[0].length });
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const found: Trigger[] = [];
  for (const { rule, start, end } of candidates) {
    if (found.some((t) => start < t.end && end > t.start)) continue;
    found.push(readTrigger(folded, rule, start, end, language, isHeadline));
  }
  return found.sort((a, b) => a.start - b.start);
}

function readTrigger(folded: string, rule: TriggerRule, start: number, end: number, language: Language, isHeadline: boolean): Trigger {
  const clauseStart = Math.max(folded.lastIndexOf(',', start - 1), folded.lastIndexOf(';', start - 1), 0);
  const before = folded.slice(clauseStart, start);
  const sentenceBefore = folded.slice(0, start);
  const trigger: Trigger = { kind: rule.kind, start, end, strong: true };
  const drop = (why: string): Trigger => ({ ...trigger, strong: false, dropped: why });

  if ((language === 'fr' ? NEGATION_FR : NEGATION_EN).test(language === 'fr' ? sentenceBefore.slice(-50) : before)) return drop('negated');
  // « pour disperser une manifestation », "to break up a protest": the protest took place.
  if ((language === 'fr' ? MODAL_FR : MODAL_EN).test(before) && !/\bpour (?:reclamer|demander|exiger|protester|denoncer|presenter|evaluer|discuter|disperser)|\bto (?:demand|protest|discuss|break up|disperse)/.test(before)) return drop('possible, planned or feared, not reported as done');
  if (rule.form === 'verb' && FUTURE_VERB.test(folded.slice(start, end).split(' ').pop() ?? '')) return drop('future or conditional');
  if (rule.form === 'noun' && CAUSE_BEFORE.test(before)) return drop('named as a cause of flight');
  if (rule.form === 'noun' && DEMAND_BEFORE.test(before)) return drop('demanded, not reported');
  // « s'est entretenu au téléphone avec son homologue », "a phone call": talks, not a meeting held.
  if (rule.kind === 'meeting' && REMOTE.test(folded.slice(clauseStart, Math.min(folded.length, end + 40)))) return drop('a call, not a meeting');
  if (rule.form === 'noun' && BACKGROUND_AFTER.test(folded.slice(end, end + 30))) return drop('an ongoing background, not an event');
  if (YEAR_HISTORY.test(folded) && /\b(?:en|in)\s(?:19|20)\d\d\b/.test(folded.slice(end, end + 80)) && rule.kind !== 'visit') return drop('history dated by its year');

  if (rule.form === 'weak' || isHeadline) return { ...trigger, strong: false };
  const previous = wordsBefore(folded, start, 3).filter((w) => !SKIPPABLE.has(w));
  const last = previous[previous.length - 1] ?? '';
  if (DEMONSTRATIVE.has(last)) return { ...trigger, strong: false };
  // « les combats », "the fighting": a definite noun refers back, unless it says to whom (« l'enlèvement de trois commerçants »).
  if (rule.form === 'noun' && /(?:^|\s)(?:la|le|les|l'|the)\s*$/.test(folded.slice(Math.max(0, start - 5), start)) && !/ (?:de|d'|du|of) /.test(folded.slice(start, end)) && !/^\s*(?:of|de|d'|du|des|contre|against|on|par|by)\b/.test(folded.slice(end, end + 10))) return { ...trigger, strong: false };
  if (rule.form === 'participle') {
    if (AUXILIARIES.has(last) || last.endsWith("'est")) return trigger;
    if (language === 'en') {
      const next = wordsAfter(folded, end, 1)[0] ?? '';
      const rest = folded.slice(end).trimStart();
      if (next !== '' && !/^[,.;:]/.test(rest) && (DETERMINER_AFTER.test(next) || !/^(?:near|in|at|on|by|after|during|around|outside|from|with|into|since|when|while|as|and|or|last|this)$/.test(next))) return trigger;
    }
    return { ...trigger, strong: false }; // an adjective: « quatre soldats tués », "herders killed near border"
  }
  return trigger;
}

/** Kinds that report violence or looting: one family for grouping. */
export const VIOLENT_KINDS: ReadonlySet<EventKind> = new Set(['kill', 'attack', 'clash', 'abuse', 'airstrike', 'explosive', 'abduct', 'sexual', 'loot', 'regain', 'overtake']);
/** Public official acts: claim status confirmed (a visit, a meeting held, an agreement, a summons, a base inaugurated). */
export const OFFICIAL_KINDS: ReadonlySet<EventKind> = new Set(['visit', 'meeting', 'summon', 'agreement', 'base']);

/** The grouping family of a kind: events of one family may be one incident. */
export function familyOf(kind: EventKind): string {
  if (VIOLENT_KINDS.has(kind)) return 'violence';
  if (kind === 'protest' || kind === 'intervene') return 'protest';
  if (kind === 'visit' || kind === 'meeting' || kind === 'summon' || kind === 'agreement') return 'official';
  // An interception and the arrests it leads to are one operation.
  if (kind === 'seize') return 'arrest';
  return kind;
}
