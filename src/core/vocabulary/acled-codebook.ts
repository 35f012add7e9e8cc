/**
 * The ACLED codebook's English vocabulary (2023 edition), defined once for the data schemas, the
 * incident coder and the exports: event types with the sub-event types each allows, the disorder
 * type each event type belongs to, the actor (interaction) types and their numeric codes. The
 * interface's French names live in src/ui/i18n/acled.ts and key on these values.
 */

export const ACLED_SUB_EVENTS = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': ['Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': ['Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use', 'Headquarters or base established', 'Looting/property destruction', 'Non-violent transfer of territory', 'Other'],
} as const satisfies Record<string, readonly string[]>;

export type AcledEventType = keyof typeof ACLED_SUB_EVENTS;
export type AcledSubEventType = (typeof ACLED_SUB_EVENTS)[AcledEventType][number];
export const ACLED_EVENT_TYPES = Object.keys(ACLED_SUB_EVENTS) as AcledEventType[];

export const ACLED_DISORDER_TYPES = ['Political violence', 'Demonstrations', 'Strategic developments', 'Political violence; Demonstrations'] as const;
export type AcledDisorderType = (typeof ACLED_DISORDER_TYPES)[number];

/**
 * The disorder type of an event type. Excessive force against protesters is both political
 * violence and a demonstration, which is why it is a function of the sub-event type too.
 */
export function disorderTypeOf(eventType: AcledEventType, subEventType?: string): AcledDisorderType {
  if (subEventType === 'Excessive force against protesters') return 'Political violence; Demonstrations';
  if (eventType === 'Protests' || eventType === 'Riots') return 'Demonstrations';
  if (eventType === 'Strategic developments') return 'Strategic developments';
  return 'Political violence';
}

/** inter1/inter2 values ('' when there is no such actor), with ACLED's numeric codes. */
export const ACLED_INTER_CODES = {
  'State forces': 1,
  'Rebel group': 2,
  'Political militia': 3,
  'Identity militia': 4,
  Rioters: 5,
  Protesters: 6,
  Civilians: 7,
  'External/Other forces': 8,
} as const;
export type AcledInter = keyof typeof ACLED_INTER_CODES;
export const ACLED_INTER = [...(Object.keys(ACLED_INTER_CODES) as AcledInter[]), ''] as const;

/** ACLED's `interaction`: the two inter codes, lower first, as one number (10 × a + b); null without actor1. */
export function interactionCode(inter1: string, inter2: string): number | null {
  const a = ACLED_INTER_CODES[inter1 as AcledInter];
  if (a === undefined) return null;
  const b: number = ACLED_INTER_CODES[inter2 as AcledInter] ?? 0;
  return b === 0 ? a * 10 : Math.min(a, b) * 10 + Math.max(a, b);
}
