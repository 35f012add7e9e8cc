/**
 * Which briefings the dashboard offers: the bundled briefing files, a fresh draft for each article
 * that has none (drafted as the seed's was), and those the analyst imported under an id of their
 * own. An edited briefing replaces its original under the same id.
 */
import type { Dataset } from '../dataset';
import type { Briefing } from './briefing-schema';
import { draftBriefing } from './draft-briefing';

/** The bundled files, then a draft for each article without a briefing. */
export function originalBriefings(files: readonly Briefing[], dataset: Dataset): Briefing[] {
  const briefings = [...files];
  for (const article of dataset.articles) {
    if (!briefings.some((briefing) => briefing.articleId === article.meta.id)) briefings.push(draftBriefing(article, dataset.places));
  }
  return briefings;
}

/** The briefings in the order they are offered: originals (or their edits), then imports of new ids. */
export function offeredBriefings(originals: readonly Briefing[], edited: Readonly<Record<string, Briefing>>): Briefing[] {
  const ids = new Set(originals.map((briefing) => briefing.id));
  const imported = Object.values(edited).filter((briefing) => !ids.has(briefing.id)).sort((a, b) => a.id.localeCompare(b.id));
  return [...originals.map((briefing) => edited[briefing.id] ?? briefing), ...imported];
}

/**
 * The briefing to show: the one asked for by id when it exists, else the shown article's, else
 * the first.
 */
export function pickBriefing(briefings: readonly Briefing[], requestedId: string | null, articleId: string | null): Briefing | undefined {
  return (
    (requestedId ? briefings.find((briefing) => briefing.id === requestedId) : undefined) ??
    (articleId ? briefings.find((briefing) => briefing.articleId === articleId) : undefined) ??
    briefings[0]
  );
}
