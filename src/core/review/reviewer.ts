import type { Agent } from '../types';
import { slugify } from '../vocabulary/slug';

/** The person a review is signed with, from the name they gave (an IRI made from it, accents folded). */
export function reviewerAgent(name: string): Agent {
  return { id: `urn:border-brief:agent:person:${slugify(name) ?? 'analyst'}`, type: 'Person', name };
}
