/**
 * What: the ACLED event type and sub-event type of an event from the kinds of its triggers and
 * who it was done to, by the codebook's hierarchy — an attack on soldiers is a battle, on
 * civilians violence against civilians; civilians abducted then killed is an Attack, not an
 * abduction; a protest the police disperse is a protest with intervention; a meeting that agrees
 * is an agreement. The disorder type follows from the event type; civilian targeting from the
 * victims.
 */
import { disorderTypeOf, type AcledDisorderType, type AcledEventType } from '../vocabulary/acled-codebook';
import type { ActorRole } from './actor-lexicon';
import type { EventKind } from './event-triggers';

export interface EventClass {
  disorder_type: AcledDisorderType;
  event_type: AcledEventType;
  sub_event_type: string;
  civilian_targeting: 'Civilian targeting' | '';
  confidence: number;
}

const ARMED: ReadonlySet<ActorRole> = new Set(['military', 'police', 'armed-group', 'jnim', 'is-sahel', 'wagner', 'africa-corps']);

/** The ACLED class of an event with trigger kinds `kinds` and victim role `patient` (if known). */
export function classifyEvent(kinds: ReadonlySet<EventKind>, patient: ActorRole | undefined): EventClass {
  const make = (event_type: AcledEventType, sub_event_type: string, confidence: number, civilian = false): EventClass => ({
    disorder_type: disorderTypeOf(event_type, sub_event_type),
    event_type,
    sub_event_type,
    civilian_targeting: civilian || event_type === 'Violence against civilians' ? 'Civilian targeting' : '',
    confidence,
  });
  const has = (k: EventKind) => kinds.has(k);
  const civilianVictims = patient === 'civilians' || patient === 'protesters';
  const armedVictims = patient !== undefined && ARMED.has(patient);

  // "Police dispersed protesters": the protest is told by its dispersal alone.
  if (has('protest') || (has('intervene') && patient === 'protesters')) {
    if (has('kill') || has('attack')) return make('Protests', 'Excessive force against protesters', 0.6);
    return make('Protests', has('intervene') ? 'Protest with intervention' : 'Peaceful protest', 0.8);
  }
  if (has('airstrike')) return make('Explosions/Remote violence', 'Air/drone strike', 0.8, civilianVictims);
  if (has('explosive')) return make('Explosions/Remote violence', 'Remote explosive/landmine/IED', 0.7, civilianVictims);
  if (has('regain')) return make('Battles', 'Government regains territory', 0.6);
  if (has('overtake')) return make('Battles', 'Non-state actor overtakes territory', 0.6);
  if (has('clash') || ((has('attack') || has('kill')) && armedVictims)) return make('Battles', 'Armed clash', has('clash') ? 0.8 : 0.75);
  if (has('kill') || has('attack') || has('abuse')) return make('Violence against civilians', 'Attack', civilianVictims ? 0.85 : 0.6);
  if (has('abduct')) return make('Violence against civilians', 'Abduction/forced disappearance', 0.85);
  if (has('sexual')) return make('Violence against civilians', 'Sexual violence', 0.8);
  if (has('loot')) return make('Strategic developments', 'Looting/property destruction', 0.75);
  if (has('agreement')) return make('Strategic developments', 'Agreement', 0.8);
  if (has('arrest')) return make('Strategic developments', 'Arrests', 0.85);
  if (has('base')) return make('Strategic developments', 'Headquarters or base established', 0.85);
  if (has('change')) return make('Strategic developments', 'Change to group/activity', 0.7);
  // Visits, meetings, a summons, a closure: strategic developments the codebook files under Other.
  return make('Strategic developments', 'Other', 0.75);
}
