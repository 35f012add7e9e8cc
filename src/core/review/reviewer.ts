import type { Agent } from '../types';

/** The person a review is signed with, from the name they gave (an IRI made from it, accents folded). */
export function reviewerAgent(name: string): Agent {
  const slug = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'analyst';
  return { id: `urn:border-brief:agent:person:${slug}`, type: 'Person', name };
}
