import { useEffect, useState } from 'react';
import { parseBriefing, type Briefing } from '../../core/briefing/briefing-schema';
import { draftBriefing } from '../../core/briefing/draft-briefing';
import type { Dataset, DataProblem } from '../../core/dataset';

const briefingFiles = import.meta.glob<string>('../../../data/briefings/*.json', { query: '?url', import: 'default', eager: true });

export interface LoadedBriefings {
  /** The briefings of data/briefings/, then a fresh draft for each article that has none. */
  briefings: Briefing[];
  problems: DataProblem[];
}

/** Fetches and checks the bundled briefings; null while loading. */
export function useBriefings(dataset: Dataset): LoadedBriefings | null {
  const [loaded, setLoaded] = useState<LoadedBriefings | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void loadBriefings(dataset).then((result) => isCurrent && setLoaded(result));
    return () => {
      isCurrent = false;
    };
  }, [dataset]);
  return loaded;
}

async function loadBriefings(dataset: Dataset): Promise<LoadedBriefings> {
  const briefings: Briefing[] = [];
  const problems: DataProblem[] = [];
  const entries = Object.entries(briefingFiles).sort(([a], [b]) => a.localeCompare(b));
  for (const [modulePath, url] of entries) {
    const path = `data/briefings/${modulePath.split('/').at(-1)}`;
    try {
      const response = await fetch(url);
      const result = parseBriefing(path, await response.text(), dataset);
      if (result.ok) briefings.push(result.briefing);
      else problems.push(...result.problems);
    } catch (error) {
      problems.push({ file: path, field: '', message: `could not be read (${String(error)}).`, fix: 'Rebuild the app with npm start.' });
    }
  }
  // A new article gets its first draft the same way the seed's briefing was derived.
  for (const article of dataset.articles) {
    if (!briefings.some((briefing) => briefing.articleId === article.meta.id)) briefings.push(draftBriefing(article, dataset.places));
  }
  return { briefings, problems };
}
