/**
 * Who: a curated list of the actors Mali–Mauritania border news names, in French and English with
 * their variants, mapped to ACLED's actor names and inter types. An entry either names its
 * country (« l'armée malienne », "Malian soldiers", « FAMa ») or takes it from the words around it
 * (« l'armée », « le ministre », « des hommes armés », « des civils mauritaniens ») or, failing
 * that, from the place of the event — the way ACLED names « Unidentified Armed Group (Mali) » by
 * where it acted.
 */
import type { AcledInter } from '../vocabulary/acled-codebook';

/** What an actor is, before its country is known. */
export type ActorRole = 'military' | 'police' | 'government' | 'wagner' | 'africa-corps' | 'jnim' | 'is-sahel' | 'armed-group' | 'civilians' | 'protesters';

export interface ActorEntry {
  role: ActorRole;
  /** ISO alpha-2 when the words name the country. */
  iso?: string;
  re: RegExp; // on folded text
}

const e = (role: ActorRole, source: string, iso?: string): ActorEntry => ({ role, ...(iso ? { iso } : {}), re: new RegExp(`(?<![a-z])(?:${source})(?![a-z])`, 'g') });

// Longest first within a role; a match's words are not read again by a later entry.
export const ACTOR_ENTRIES: ActorEntry[] = [
  e('jnim', "jnim|gsim|groupe de soutien a l'islam et aux musulmans|group for support of islam and muslims|jama'at nusrat al-islam wal-muslimin"),
  e('is-sahel', "eigs|ei sahel|etat islamique au (?:grand )?sahara|etat islamique au sahel|etat islamique|issp|isgs|islamic state sahel province|islamic state in the greater sahara|islamic state(?: \\(sahel\\))?"),
  e('africa-corps', 'africa corps'),
  e('wagner', "(?:les |des )?(?:combattants|mercenaires|paramilitaires|instructeurs|soldats|militaires) russes(?: de la societe wagner| de wagner)?|(?:la societe |le groupe )?wagner(?: group| fighters| mercenaries)?|russian (?:mercenaries|paramilitaries|fighters|instructors|soldiers)|foreign fighters"),
  e('military', "l'armee de l'air malienne|armee de l'air malienne|forces armees maliennes|fama|l'armee malienne|armee malienne|militaires maliens|soldats maliens|troupes maliennes|delegation militaire malienne|malian (?:army|soldiers|troops|forces|military|air force)|mali's army|mali's military", 'ML'),
  e('military', "l'armee mauritanienne|armee mauritanienne|militaires mauritaniens|soldats mauritaniens|troupes mauritaniennes|armee nationale|mauritanian (?:army|soldiers|troops|forces|military)", 'MR'),
  e('police', 'gendarmerie mauritanienne|police mauritanienne|garde nationale mauritanienne|mauritanian police', 'MR'),
  e('police', 'police malienne|malian police', 'ML'),
  e('government', "gouvernement malien|autorites maliennes|junte|transition malienne|malian government|malian authorities|the government in bamako|ministre malien|president malien", 'ML'),
  e('government', "gouvernement mauritanien|autorites mauritaniennes|mauritanian government|mauritanian authorities|ministere mauritanien(?: de l'interieur| des affaires etrangeres)?|mauritanian (?:interior|foreign) ministry|ministre mauritanien|president mauritanien|the government in nouakchott", 'MR'),
  // « l'état-major général des armées » is any country's: its country comes from the words around it.
  e('military', "etat-major general des armees|general staff of the armed forces|camp militaire|poste militaire|convoi militaire|military (?:post|base|camp|convoy)|national army|l'armee|armee|the army|army|militaires|soldats|soldiers|troops|patrouille|patrol|l'etat-major|etat-major|defence officials"),
  e('police', 'la police|police|gendarmes|gendarmerie|policiers'),
  e('government', "le gouvernement|gouvernement|government|autorites|authorities|ministre|minister|ministere|ministry|gouverneur|governors?|wali|hakem|prefet|prefect|president|delegations? ministerielles?|diplomates|ambassadeur"),
  e('armed-group', "hommes armes non identifies|hommes armes|individus armes|groupes armes|groupe arme|assaillants|terroristes|jihadistes|djihadistes|unidentified gunmen|gunmen|armed men|armed groups?|militants|attackers|assailants|jihadists|insurgents"),
  e('protesters', 'manifestants|protesters|demonstrators|jeunes'),
  e('civilians', "civils|civilians|habitants|residents|villageois|villagers|eleveurs|herders|bergers|orpailleurs|gold miners|miners|commercants|traders|refugies|refugees|chef de village|village chief|passagers|otages|hostages|familles|smugglers|suspects|families|personnes|people|peuls"),
];

const STATE_NAMES: Record<string, { military: string; police: string; government: string; country: string; adjective: string }> = {
  ML: { military: 'Military Forces of Mali (2021-)', police: 'Police Forces of Mali (2021-)', government: 'Government of Mali (2021-)', country: 'Mali', adjective: 'malien' },
  MR: { military: 'Military Forces of Mauritania (2019-)', police: 'Police Forces of Mauritania (2019-)', government: 'Government of Mauritania (2019-)', country: 'Mauritania', adjective: 'mauritanien' },
};

/** English country names for the ISO codes this region's news names. */
export const COUNTRY_NAMES: Record<string, string> = { ML: 'Mali', MR: 'Mauritania', SN: 'Senegal', DZ: 'Algeria', NE: 'Niger', BF: 'Burkina Faso', GN: 'Guinea', CI: 'Ivory Coast', MA: 'Morocco', FR: 'France', RU: 'Russia' };

/** The ACLED name and inter type of an actor of `role` from country `iso` (null: not known). */
export function acledActor(role: ActorRole, iso: string | null): { name: string; inter: AcledInter } {
  const country = iso ? COUNTRY_NAMES[iso] ?? iso : null;
  const state = iso ? STATE_NAMES[iso] : undefined;
  switch (role) {
    case 'military':
      return { name: state?.military ?? (country ? `Military Forces of ${country}` : 'Military Forces'), inter: 'State forces' };
    case 'police':
      return { name: state?.police ?? (country ? `Police Forces of ${country}` : 'Police Forces'), inter: 'State forces' };
    case 'government':
      return { name: state?.government ?? (country ? `Government of ${country}` : 'Government'), inter: 'State forces' };
    case 'wagner':
      return { name: 'Wagner Group', inter: 'External/Other forces' };
    case 'africa-corps':
      return { name: 'Africa Corps', inter: 'External/Other forces' };
    case 'jnim':
      return { name: 'JNIM: Group for Support of Islam and Muslims', inter: 'Rebel group' };
    case 'is-sahel':
      return { name: 'Islamic State (Sahel)', inter: 'Rebel group' };
    case 'armed-group':
      return { name: country ? `Unidentified Armed Group (${country})` : 'Unidentified Armed Group', inter: 'Political militia' };
    case 'protesters':
      return { name: country ? `Protesters (${country})` : 'Protesters', inter: 'Protesters' };
    case 'civilians':
      return { name: country ? `Civilians (${country})` : 'Civilians', inter: 'Civilians' };
  }
}

/** A country named by a demonym or a name in the words of an actor mention (« civils mauritaniens »). */
export function isoInWords(folded: string): string | undefined {
  if (/\bmalien|\bmalian|\bmali\b|\bmali's|bamako/.test(folded)) return 'ML';
  if (/\bmauritan|nouakchott/.test(folded)) return 'MR';
  return undefined;
}

/** A country named by a nationality word only (« civils mauritaniens », "Mauritanian gold miners"), not by a city nearby. */
export function demonymIso(folded: string): string | undefined {
  if (/\bmalien|\bmalian|\bmali's/.test(folded)) return 'ML';
  if (/\bmauritan/.test(folded)) return 'MR';
  return undefined;
}

/** Country names used as the subject of an official act (« Le Mali et la Mauritanie ont signé », "Mauritania summoned"). */
export const COUNTRY_AS_GOVERNMENT = /(?<![a-z])(?:le mali|la mauritanie|mali|mauritania|mauritanie|bamako|nouakchott)(?![a-z])/g;
