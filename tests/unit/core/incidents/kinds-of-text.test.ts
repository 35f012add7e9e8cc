/**
 * The coder on kinds of text: background of earlier years, dates told relative to another (« le
 * même jour », « le lendemain »), liveblog entries, press releases, meetings with a counterpart,
 * accusations denied in the same sentence, arrivals, demands, who accompanies and who leads. Each
 * rule is shown firing and, on words close to it, not firing.
 */
import { describe, expect, it } from 'vitest';
import { deniedAfter, isDenial } from '../../../../src/core/incidents/attribution';
import { findTriggers } from '../../../../src/core/incidents/event-triggers';
import { coderSentences, fold } from '../../../../src/core/incidents/incident-text';
import { readLiveblog } from '../../../../src/core/incidents/liveblog';
import { pressReleaseIssuer } from '../../../../src/core/incidents/press-release';
import { backgroundYears, findDateAnaphora, findDates, isBackgroundDate, resolveAnaphor } from '../../../../src/core/incidents/resolve-event-date';
import { proposeText } from './incidents-devset';

const kept = (text: string, lang: 'fr' | 'en') => findTriggers(fold(text), lang, false).filter((t) => t.strong).map((t) => t.kind);
const code = (text: string, lang: 'fr' | 'en', published: string, outlet = 'Le Calame') =>
  proposeText(text, lang, published, outlet).map((p) => p.properties);
const dateOf = (text: string, published: string) => findDates(fold(text), published)[0]!;

describe('background of earlier years', () => {
  // An article opened without its date is dated the day it was loaded: that day tells nothing of
  // what is news. The newest date the text gives does instead.
  const NIORO = "Nioro du Sahel, 10 mai 2024 — Le 9 mai 2024, des affrontements ont opposé l'armée malienne à un groupe armé à Nioro du Sahel, selon des sources locales.";
  it('with the publication date unknown, measures background from the newest date in the text, not from the day of loading', () => {
    expect(code(NIORO, 'fr', '2024-05-10')).toHaveLength(1);
    expect(proposeText(NIORO, 'fr', '2026-12-02', 'média inconnu', false).map((p) => p.properties.event_date)).toEqual(['2024-05-09']);
    // Known to be of 2026, the same words are an old event recalled.
    expect(proposeText(NIORO, 'fr', '2026-12-02', 'média inconnu', true)).toEqual([]);
    // With the date unknown, an event years before the text's newest news is still background.
    const recalled = `${NIORO} En mars 2021, des affrontements avaient déjà opposé l'armée malienne à un groupe armé à Nara.`;
    expect(proposeText(recalled, 'fr', '2026-12-02', 'média inconnu', false).map((p) => p.properties.event_date)).toEqual(['2024-05-09']);
  });

  it('reads a date whose written year is earlier, over a month before publication, as background', () => {
    expect(isBackgroundDate(dateOf('le 14 avril 2024', '2025-03-15'), '2025-03-15')).toBe(true);
    expect(isBackgroundDate(dateOf('in November 2023', '2025-04-12'), '2025-04-12')).toBe(true);
  });
  it('keeps as news a date of the previous year a few days before publication, an unwritten year, the same year', () => {
    expect(isBackgroundDate(dateOf('On 30 December 2024', '2025-01-09'), '2025-01-09')).toBe(false);
    expect(isBackgroundDate(dateOf('le 28 décembre', '2025-01-10'), '2025-01-10')).toBe(false); // year not written
    expect(isBackgroundDate(dateOf('en février 2025', '2025-05-10'), '2025-05-10')).toBe(false);
  });
  it('reads a year alone or years counted back as background, not a duration', () => {
    const spans = (t: string, pub: string) => backgroundYears(fold(t), pub).map((s) => fold(t).slice(s.start, s.end));
    expect(spans('en 2023, un bus a été attaqué', '2025-09-16')).toEqual(['en 2023']);
    expect(spans('Il y a trois ans, la région avait connu des enlèvements', '2025-06-28')).toEqual(['il y a trois ans']);
    expect(spans('three years ago', '2025-06-28')).toEqual(['three years ago']);
    expect(spans('des incidents depuis 2022', '2025-02-13')).toEqual([]);
    expect(spans('en 2025', '2025-02-13')).toEqual([]);
    expect(spans("l'an dernier", '2025-01-10')).toEqual([]); // in January, last year may still be news
    expect(spans("l'an dernier", '2025-06-10')).toEqual(["l'an dernier"]);
    expect(spans('au printemps 2023', '2025-06-10')).toEqual(['au printemps 2023']);
    expect(spans('in the summer of 2022', '2025-06-10')).toEqual(['in the summer of 2022']);
  });
  it('dates a month with its year without a preposition (« l’attaque de janvier 2023 »), and not "may" the verb', () => {
    expect(isBackgroundDate(dateOf('l’attaque de janvier 2023', '2025-06-10'), '2025-06-10')).toBe(true);
    expect(findDates(fold('the army may attack again'), '2025-06-10')).toEqual([]);
  });
  it('codes no incident for an event recalled from an earlier year, and keeps one dated by a day of its own time', () => {
    expect(code('Rappel : le 14 avril 2024, des hommes armés avaient enlevé deux commerçants près de Kobenni.', 'fr', '2025-03-15')).toEqual([]);
    expect(code('In 2023, gunmen attacked a bus on the road to Kayes.', 'en', '2025-09-16')).toEqual([]);
    const news = code('Jeudi, des hommes armés ont attaqué un poste militaire près de Nara, déjà visé en mars 2023.', 'fr', '2025-05-10');
    expect(news.map((p) => [p.event_date, p.time_precision])).toEqual([['2025-05-08', 1]]);
    // Tuesday dates the trial; the attack nearer « en mars 2023 » is old.
    expect(code('Mardi, le tribunal de Nouakchott a jugé les auteurs d’une attaque contre un poste militaire près de Nara en mars 2023.', 'fr', '2025-05-10')).toEqual([]);
    const january = code('On 30 December 2024, Mauritanian gendarmes arrested eight smugglers in Kobenni, the gendarmerie said.', 'en', '2025-01-09');
    expect(january.map((p) => [p.sub_event_type, p.event_date, p.claim_status])).toEqual([['Arrests', '2024-12-30', 'confirmed']]);
  });
});

describe('dates told relative to the one before', () => {
  it('finds « le même jour », « le lendemain », « la veille » and their English words', () => {
    const shifts = (t: string) => findDateAnaphora(fold(t)).map((a) => a.shift);
    expect(shifts('Le même jour, le chef a visité')).toEqual([0]);
    expect(shifts('Dans la même journée, un vecteur aérien')).toEqual([0]);
    expect(shifts('That same day, the commander')).toEqual([0]);
    expect(shifts('Le lendemain, deux bergers')).toEqual([1]);
    expect(shifts('the following day')).toEqual([1]);
    expect(shifts('la veille, des tirs')).toEqual([-1]);
    expect(shifts('That evening, gunmen')).toEqual([0]);
    expect(shifts('Plus tôt dans la journée, le ministre')).toEqual([0]);
  });
  it('does not read « à la veille du scrutin » or "the day before yesterday" as the day before', () => {
    expect(findDateAnaphora(fold('à la veille du scrutin'))).toEqual([]);
    expect(findDateAnaphora(fold('the day before yesterday'))).toEqual([]);
  });
  it('moves a day by the anaphor, and leaves a week or a month as it is', () => {
    const [next] = findDateAnaphora(fold('le lendemain'));
    expect(resolveAnaphor(next!, dateOf('le 30 juin 2025', '2025-07-02')).date).toBe('2025-07-01');
    expect(resolveAnaphor(next!, dateOf('en juin', '2025-07-02'))).toMatchObject({ date: '2025-06', precision: 3 });
  });
  it('dates « Le même jour » to the sentence before, and leaves a sentence without it at the month', () => {
    const text = 'Le dimanche 2 mars 2025, l’armée mauritanienne a arrêté trois suspects à Bassikounou. Le même jour, des hommes armés ont attaqué un poste militaire près de Fassala.';
    expect(code(text, 'fr', '2025-03-04').map((p) => [p.sub_event_type, p.event_date, p.time_precision])).toEqual([['Arrests', '2025-03-02', 1], ['Armed clash', '2025-03-02', 1]]);
    const without = 'Le dimanche 2 mars 2025, l’armée mauritanienne a arrêté trois suspects à Bassikounou. Des hommes armés ont attaqué un poste militaire près de Fassala.';
    expect(code(without, 'fr', '2025-03-04').map((p) => [p.event_date, p.time_precision])).toEqual([['2025-03-02', 1], ['2025-03', 3]]);
  });
  it('keeps the same day of an old date in the past: background too', () => {
    expect(code('In January 2013, French troops launched air strikes near Léré. The same day, gunmen killed four civilians near Niono.', 'en', '2025-04-18')).toEqual([]);
  });
});

describe('liveblogs', () => {
  const blog = '🔴 EN DIRECT – la frontière\n\n18h05 – Le ministre est arrivé à Néma.\n\nVendredi 9 mai\n\n16 h 40 · Des hommes armés ont attaqué un poste.';
  it('reads stamped entries, trims their time stamps and dates each to its day', () => {
    const read = readLiveblog(coderSentences(blog), '2025-05-10')!;
    expect(read).not.toBeNull();
    expect(read.sentences[1]!.text).toBe('Le ministre est arrivé à Néma.');
    expect(read.entryDay.get(2)?.date).toBe('2025-05-10');
    expect(read.entryDay.get(4)?.date).toBe('2025-05-09'); // below the heading « Vendredi 9 mai »
  });
  it('finds no liveblog in one stamped paragraph, or in paragraphs opening with a count', () => {
    expect(readLiveblog(coderSentences('Titre\n\n18h05 – Le ministre est arrivé.\n\nIl a parlé.'), '2025-05-10')).toBeNull();
    expect(readLiveblog(coderSentences('Titre\n\n10 hommes armés ont attaqué un poste.\n\n12 soldats ont été tués.'), '2025-05-10')).toBeNull();
  });
  it('dates an entry with no day of its own to the blog’s day, and an entry with its own day to that day', () => {
    const text = 'Direct | Hodh Ech Chargui\n\n18 h 20 – Des hommes armés ont volé du bétail près de Fassala.\n\n15 h 00 – Hier soir, une patrouille de l’armée mauritanienne a arrêté trois suspects à Néma.';
    expect(code(text, 'fr', '2025-03-15').map((p) => [p.sub_event_type, p.event_date, p.time_precision])).toEqual([['Looting/property destruction', '2025-03-15', 1], ['Arrests', '2025-03-14', 1]]);
  });
  it('leaves an article that is no liveblog at the month', () => {
    const text = 'Hodh Ech Chargui\n\nDes hommes armés ont volé du bétail près de Fassala.\n\nLa situation reste tendue.';
    expect(code(text, 'fr', '2025-03-15').map((p) => [p.event_date, p.time_precision])).toEqual([['2025-03', 3]]);
  });
});

describe('press releases', () => {
  it('names the issuer from the heading or the outlet', () => {
    expect(pressReleaseIssuer('COMMUNIQUÉ DU MINISTÈRE DE LA DÉFENSE NATIONALE\n\nLe ministère…', 'Ministère de la Défense nationale (Mauritanie)')).toMatchObject({ role: 'military', iso: 'MR' });
    expect(pressReleaseIssuer('PRESS RELEASE\n\nThe Mauritanian gendarmerie informs…', 'Sahel Wire')).toMatchObject({ role: 'police', iso: 'MR' });
    expect(pressReleaseIssuer('Ségou : l’armée annonce des frappes\n\nL’état-major a annoncé…', 'L’Essor')).toBeNull();
    expect(pressReleaseIssuer('COMMUNIQUÉ CONJOINT MALI-MAURITANIE\n\nLes deux parties…', 'AMI')).toBeNull(); // two issuers, none
  });
  const strike = 'Dans la nuit du mardi 20 mai 2025, un vecteur aérien a frappé un rassemblement de terroristes près de Ténenkou.';
  it('gives its unnamed units’ operations to the issuer, confirmed', () => {
    const [p] = code(`COMMUNIQUÉ DE L’ÉTAT-MAJOR GÉNÉRAL DES ARMÉES\n\n${strike}`, 'fr', '2025-05-21', 'Forces armées maliennes (FAMa)');
    expect(p).toMatchObject({ actor1: 'Military Forces of Mali (2021-)', claim_status: 'confirmed' });
  });
  it('does not in a newspaper, nor for civilians killed by others in a release', () => {
    const [news] = code(`Ségou : une frappe près de Ténenkou\n\n${strike}`, 'fr', '2025-05-21', 'L’Essor');
    expect(news!.actor1).not.toBe('Military Forces of Mali (2021-)');
    expect(news!.claim_status).toBe('reported');
    const [killed] = code('COMMUNIQUÉ DE L’ÉTAT-MAJOR GÉNÉRAL DES ARMÉES\n\nLe mardi 20 mai 2025, des hommes armés ont tué trois civils près de Ténenkou.', 'fr', '2025-05-21', 'Forces armées maliennes (FAMa)');
    expect(killed!.actor1).toBe('Unidentified Armed Group (Mali)');
  });
});

describe('meetings with a counterpart', () => {
  it('reads "met his counterpart", "hosted", « a reçu … son homologue », « a accueilli » as a meeting', () => {
    expect(kept('Mauritania’s foreign minister met his Malian counterpart in Nouakchott on Wednesday.', 'en')).toEqual(['meeting']);
    expect(kept('The governor welcomed her Senegalese counterpart at Rosso.', 'en')).toEqual(['meeting']);
    expect(kept('Le wali a reçu hier soir à Kayes ses homologues du Guidimaka.', 'fr')).toEqual(['meeting']);
    expect(kept('Jeudi, le hakem a accueilli son homologue malien.', 'fr')).toEqual(['meeting']);
  });
  it('not when the meeting is negated or the words meet no counterpart', () => {
    expect(kept('The minister has not met his Malian counterpart since March.', 'en')).toEqual([]);
    expect(kept('Le ministre a reçu un appel de son homologue.', 'fr')).toEqual([]);
    expect(kept('The minister received a call from his Malian counterpart.', 'en')).toEqual([]);
    expect(kept('Le ministre s’est entretenu au téléphone avec son homologue malien.', 'fr')).toEqual([]);
    expect(kept('Le ministre s’est entretenu à Nouakchott avec son homologue malien.', 'fr')).toEqual(['meeting']);
  });
  it('codes the host as actor1 of a meeting held, confirmed', () => {
    const [p] = code('On Friday, the Malian interior minister received his Mauritanian counterpart in Kayes.', 'en', '2025-02-12');
    expect(p).toMatchObject({ sub_event_type: 'Other', event_date: '2025-02-07', actor1: 'Government of Mali (2021-)', claim_status: 'confirmed' });
  });
});

describe('accusations and denials', () => {
  it('reads a denial told after the event', () => {
    expect(deniedAfter(fold(' near Diéma last month, which the army denies.'))).toBe(true);
    expect(deniedAfter(fold(' à Tintane, ce que nient les autorités.'))).toBe(true);
    expect(deniedAfter(fold(' last week, a charge the Malian army rejects.'))).toBe(true);
    expect(deniedAfter(fold(' près de Kobenni, ce que l’armée malienne conteste.'))).toBe(true);
    expect(isDenial(fold('Bamako dismissed the allegations as propaganda.'))).toBe(true);
    expect(isDenial(fold('L’armée a qualifié ces accusations de « mensongères ».'))).toBe(true);
  });
  it('not a clause that denies nothing', () => {
    expect(deniedAfter(fold(' le poste, qui a été repris dans la soirée.'))).toBe(false);
    expect(deniedAfter(fold(', the army said, rejecting a ceasefire.'))).toBe(false);
  });
  it('codes an accusation its target denies as alleged, and the same event told as fact as reported', () => {
    const [alleged] = code('Rights groups have blamed Malian soldiers for the killing of six herders near Nioro du Sahel last week, a charge the Malian army rejects.', 'en', '2025-01-09');
    expect(alleged).toMatchObject({ claim_status: 'alleged', actor1: 'Military Forces of Mali (2021-)', sub_event_type: 'Attack' });
    const [fact] = code('Malian soldiers killed six herders near Nioro du Sahel last week, residents said.', 'en', '2025-01-09');
    expect(fact!.claim_status).toBe('reported');
  });
  it('reads the deed in « d’avoir incendié », "of executing" as done, and a denial of one’s own deed as a negation', () => {
    expect(kept('Des habitants reprochent aux gendarmes d’avoir pillé des boutiques.', 'fr')).toEqual(['loot']);
    expect(kept('Human rights groups accused Malian soldiers of executing five herders.', 'en')).toEqual(['kill']);
    expect(kept('The army denied attacking the camp.', 'en')).toEqual([]);
    expect(kept('L’armée dément avoir tué des civils.', 'fr')).toEqual([]);
  });
});

describe('arrivals, demands, companions and leaders', () => {
  it('codes an official’s arrival as a visit, and a refugee’s arrival as nothing', () => {
    expect(code('The Mauritanian interior minister arrived in Néma on Friday.', 'en', '2025-04-18').map((p) => p.sub_event_type)).toEqual(['Other']);
    expect(code('Fatimata, 34, arrived in the camp in January after fleeing her village near Léré.', 'en', '2025-04-18')).toEqual([]);
  });
  it('drops what protesters demand an end to, not an event a demand refers to', () => {
    expect(kept('Les manifestants réclamaient la fin des exactions contre les éleveurs.', 'fr')).toEqual([]);
    expect(kept('Protesters called for an end to the killings.', 'en')).toEqual([]);
    expect(kept('Des habitants réclament des secours après une attaque contre un village près de Nara.', 'fr')).toEqual(['attack']);
  });
  it('gives the act to the one accompanied or leading, the companion as associate', () => {
    const [arrest] = code('Selon des habitants de Gogui, des soldats maliens accompagnés de combattants russes ont arrêté une dizaine de commerçants au marché samedi.', 'fr', '2025-05-10');
    expect(arrest).toMatchObject({ actor1: 'Military Forces of Mali (2021-)', assoc_actor_1: 'Wagner Group' });
    const [visit] = code('Une délégation militaire malienne dirigée par le chef d’état-major général des armées s’est rendue jeudi à Nouakchott.', 'fr', '2025-05-10');
    expect(visit!.actor1).toBe('Military Forces of Mali (2021-)');
  });
  it('reads a protest told by its dispersal alone, and no protest in a dispersal of nobody named', () => {
    const [p] = code('Police dispersed protesters in Nouakchott on Friday.', 'en', '2025-05-10');
    expect(p).toMatchObject({ sub_event_type: 'Protest with intervention', actor1: 'Protesters (Mauritania)' });
    expect(code('Police used tear gas in Nouakchott on Friday.', 'en', '2025-05-10').map((x) => x.event_type)).not.toContain('Protests');
  });
  it('takes « à la mi-journée à Nouakchott » as the place (« née à » is a whole word)', () => {
    const [p] = code('Une manifestation a eu lieu à la mi-journée à Nouakchott devant l’ambassade du Mali.', 'fr', '2025-05-10');
    expect(p).toMatchObject({ place_ids: expect.arrayContaining(['nouakchott']), actor1: 'Protesters (Mauritania)', geo_precision: 1 });
  });
  it('makes an interception and the arrests it leads to one operation, and an interception alone no arrest', () => {
    const both = code('Le 2 mars 2025, une unité de l’armée mauritanienne a intercepté un véhicule à 40 km au nord de Bassikounou. Trois individus ont été interpellés.', 'fr', '2025-03-04');
    expect(both.map((p) => [p.sub_event_type, p.event_date])).toEqual([['Arrests', '2025-03-02']]);
    const alone = code('Le 2 mars 2025, une unité de l’armée mauritanienne a intercepté un véhicule à 40 km au nord de Bassikounou.', 'fr', '2025-03-04');
    expect(alone.map((p) => p.sub_event_type)).toEqual(['Other']);
  });
});
