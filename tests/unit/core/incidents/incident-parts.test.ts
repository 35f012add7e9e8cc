/** The coder's parts, each on the sentences that taught it: triggers, dates, actors, attribution, fatalities. */
import { describe, expect, it } from 'vitest';
import { ACTOR_ENTRIES, acledActor } from '../../../../src/core/incidents/actor-lexicon';
import { denouncesPerpetrator, isDenial, readAttribution } from '../../../../src/core/incidents/attribution';
import { classifyEvent } from '../../../../src/core/incidents/classify-event';
import { findTriggers } from '../../../../src/core/incidents/event-triggers';
import { findFatalities } from '../../../../src/core/incidents/fatalities';
import { coderSentences, fold } from '../../../../src/core/incidents/incident-text';
import { findDates } from '../../../../src/core/incidents/resolve-event-date';

const kept = (text: string, lang: 'fr' | 'en') => findTriggers(fold(text), lang, false).filter((t) => t.strong).map((t) => t.kind);

describe('fold and sentences', () => {
  it('keeps offsets: one code unit for one', () => {
    const text = 'L’armée a ENLEVÉ « œuvre »';
    expect(fold(text)).toHaveLength(text.length);
    expect(fold(text)).toBe('l\'armee a enleve " ouvre "');
  });
  it('flags a headline and splits sentences with the article splitter', () => {
    const s = coderSentences('Titre sans point\n\nLe Gén. Diarra est arrivé. Il a parlé.');
    expect(s.map((x) => x.isHeadline)).toEqual([true, false, false]);
    expect(s[1]!.text).toBe('Le Gén. Diarra est arrivé.');
  });
});

describe('event triggers in context', () => {
  it('finds verbs and nouns of events, French and English', () => {
    expect(kept('Des hommes armés ont attaqué dimanche un poste de l’armée.', 'fr')).toEqual(['attack']);
    expect(kept('Quatre orpailleurs ont été enlevés puis tués vendredi.', 'fr')).toEqual(['abduct', 'kill']);
    expect(kept('On Wednesday, unidentified gunmen abducted three miners near Kobenni.', 'en')).toEqual(['abduct']);
    expect(kept('Mauritania summoned Mali’s ambassador on Friday.', 'en')).toEqual(['summon']);
  });
  it('drops negated, possible, planned, feared and background events', () => {
    expect(kept('L’armée n’a pas été attaquée à Macina.', 'fr')).toEqual([]);
    expect(kept('Le JNIM pourrait lancer de nouvelles attaques.', 'fr')).toEqual([]);
    expect(kept('Il menace de attaquer la ville.', 'fr')).toEqual([]);
    expect(kept('Des renforts partiraient du camp dès lundi.', 'fr')).toEqual([]);
    expect(kept('Aucun enlèvement n’a été signalé.', 'fr')).toEqual([]);
    expect(kept('The army did not attack the camp.', 'en')).toEqual([]);
    expect(kept('Patrols would be stepped up and attacks could follow.', 'en')).toEqual([]);
    expect(kept('Des Maliens sont arrivés, fuyant les combats autour de Léré.', 'fr')).toEqual([]);
    expect(kept('Dans le nord, les combats se poursuivent.', 'fr')).toEqual([]);
  });
  it('reads adjectival participles and demonstratives as references back (weak)', () => {
    const weak = (t: string, l: 'fr' | 'en') => findTriggers(fold(t), l, false).filter((x) => !x.strong && !x.dropped).map((x) => x.kind);
    expect(weak('Le bilan fait état de quatre soldats tués.', 'fr')).toContain('kill');
    expect(weak('Cette rencontre marque une étape.', 'fr')).toEqual(['meeting']);
  });
});

describe('ACLED classification by the codebook hierarchy', () => {
  it('abducted then killed is an Attack; an attack on soldiers a battle; a dispersed protest an intervention', () => {
    expect(classifyEvent(new Set(['abduct', 'kill']), 'civilians').sub_event_type).toBe('Attack');
    expect(classifyEvent(new Set(['attack']), 'military')).toMatchObject({ event_type: 'Battles', sub_event_type: 'Armed clash', disorder_type: 'Political violence' });
    expect(classifyEvent(new Set(['protest', 'intervene']), undefined)).toMatchObject({ sub_event_type: 'Protest with intervention', disorder_type: 'Demonstrations' });
    expect(classifyEvent(new Set(['meeting', 'agreement']), undefined).sub_event_type).toBe('Agreement');
    expect(classifyEvent(new Set(['abduct']), 'civilians')).toMatchObject({ sub_event_type: 'Abduction/forced disappearance', civilian_targeting: 'Civilian targeting' });
  });
});

describe('dates against the publication date', () => {
  const d = (text: string, pub: string) => findDates(fold(text), pub).map((x) => [x.date, x.precision]);
  it('resolves days, weeks and months', () => {
    expect(d('le jeudi 9 mai 2024', '2024-05')).toEqual([['2024-05-09', 1]]);
    expect(d('Les 5 et 6 mars, des frappes', '2024-03-08')).toEqual([['2024-03-05', 1], ['2024-03-06', 1]]);
    expect(d('Jeudi, une patrouille', '2024-03-08')).toEqual([['2024-03-07', 1]]);
    expect(d('on Tuesday', '2024-10-17')).toEqual([['2024-10-15', 1]]);
    expect(d('la semaine dernière', '2024-02-08')).toEqual([['2024-01-29', 2]]);
    expect(d('le week-end dernier', '2024-03-08')).toEqual([['2024-03-02', 2]]);
    expect(d('ces derniers jours', '2024-02-20')).toEqual([['2024-02-13', 2]]);
    expect(d('A fortnight ago', '2024-05-28')).toEqual([['2024-05-14', 2]]);
    expect(d('début mai', '2024-05-13')).toEqual([['2024-05', 3]]);
    expect(d('last month', '2024-05-28')).toEqual([['2024-04', 3]]);
    expect(d('au cours des derniers mois', '2024-05')).toEqual([['2024-05', 3]]);
    expect(d('le 28 décembre', '2024-01-10')).toEqual([['2023-12-28', 1]]);
  });
  it('says so, and lowers the precision, when a relative day meets a month-only publication date', () => {
    const [r] = findDates(fold('on Tuesday'), '2024-07');
    expect(r).toMatchObject({ date: '2024-07', precision: 3 });
    expect(r!.undecided).toMatch(/needs the day of publication/);
  });
  it('skips datelines and deadlines', () => {
    expect(d('NOUAKCHOTT, April 12 - Mauritania summoned', '2024-04-12')).toEqual([]);
    expect(d('se revoir avant la fin du mois, dès lundi', '2024-02-08')).toEqual([]);
  });
});

describe('actors and attribution', () => {
  it('maps French and English names to ACLED actors', () => {
    const roleOf = (t: string) => ACTOR_ENTRIES.find((e) => { e.re.lastIndex = 0; return e.re.test(fold(t)); });
    expect(acledActor(roleOf('les FAMa')!.role, roleOf('les FAMa')!.iso ?? null).name).toBe('Military Forces of Mali (2021-)');
    expect(roleOf('les combattants russes')!.role).toBe('wagner');
    expect(roleOf('EIGS')!.role).toBe('is-sahel');
    expect(acledActor('armed-group', 'ML').name).toBe('Unidentified Armed Group (Mali)');
    expect(acledActor('civilians', 'MR')).toEqual({ name: 'Civilians (Mauritania)', inter: 'Civilians' });
  });
  it('tells accusations, sources, denials apart', () => {
    expect(readAttribution(fold('Des habitants accusent des militaires d’avoir tué six civils.')).accusation).toBe(true);
    const a = readAttribution(fold('Selon des témoins, la police a dispersé la foule.'));
    expect(a.accusation).toBe(false);
    expect(a.source).toBeDefined();
    expect(denouncesPerpetrator(fold('des éleveurs avaient dénoncé le vol de leur bétail par des militaires maliens'))).toBe(true);
    expect(denouncesPerpetrator(fold('des mouvements de groupes armés, dénoncés par le gouvernement mauritanien'))).toBe(false);
    expect(isDenial(fold('The government in Bamako denied any involvement.'))).toBe(true);
  });
});

describe('fatalities', () => {
  it('reads figures in words and digits, and ACLED lower bounds', () => {
    expect(findFatalities(fold('killing 12 soldiers'))?.count).toBe(12);
    expect(findFatalities(fold('Le bilan provisoire fait état de quatre soldats tués.'))?.count).toBe(4);
    const approx = findFatalities(fold('une dizaine de civils ont été tués'));
    expect(approx?.count).toBe(10);
    expect(approx?.note).toMatch(/conservative/);
    expect(findFatalities(fold('at least seven herders were killed'))?.note).toMatch(/lower bound/);
    expect(findFatalities(fold('Des civils ont été enlevés.'))).toBeNull();
  });
});
