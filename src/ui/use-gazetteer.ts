import { useEffect, useState } from 'react';
import type { Gazetteer } from '../core/gazetteer/create-gazetteer';
import { loadGazetteer } from '../core/gazetteer/load-gazetteer';

/**
 * The gazetteer, loaded on first need (it is a chunk of its own); null while it loads, and until
 * `isWanted` is true (the search box asks only once it is focused).
 */
export function useGazetteer(isWanted = true): Gazetteer | null {
  const [gazetteer, setGazetteer] = useState<Gazetteer | null>(null);
  useEffect(() => {
    if (!isWanted) return;
    let isCurrent = true;
    void loadGazetteer().then((loaded) => isCurrent && setGazetteer(loaded));
    return () => {
      isCurrent = false;
    };
  }, [isWanted]);
  return gazetteer;
}
