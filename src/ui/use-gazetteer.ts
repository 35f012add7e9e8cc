import { useEffect, useState } from 'react';
import type { Gazetteer } from '../core/gazetteer/create-gazetteer';
import { loadGazetteer } from '../core/gazetteer/load-gazetteer';

/** The gazetteer, loaded on first need (it is a chunk of its own); null while it loads. */
export function useGazetteer(): Gazetteer | null {
  const [gazetteer, setGazetteer] = useState<Gazetteer | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void loadGazetteer().then((loaded) => isCurrent && setGazetteer(loaded));
    return () => {
      isCurrent = false;
    };
  }, []);
  return gazetteer;
}
