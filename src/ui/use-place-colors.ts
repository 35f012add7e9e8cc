import { shownPlaceColors, type PlaceColors } from '../core/views/place-colors';
import { selectDataset, selectShownArticles } from '../state/selectors';
import type { DashboardState } from '../state/app-state';
import { useDashboard } from '../state/use-store';

let last: { geo: unknown; articles: unknown; colors: PlaceColors } | null = null;

/** The colours of the places shown now (shownPlaceColors), the same for every reader: remembered for the last inputs. */
function selectPlaceColors(state: DashboardState): PlaceColors {
  const { geo } = selectDataset(state);
  const articles = selectShownArticles(state);
  if (last && last.geo === geo && last.articles === articles) return last.colors;
  last = { geo, articles, colors: shownPlaceColors({ geo }, articles) };
  return last.colors;
}

/** The place colours of what is shown: the text, the lists and the cards agree with the map. */
export function usePlaceColors(): PlaceColors {
  return useDashboard(selectPlaceColors);
}
