import type { MouseEvent } from 'react';
import { useDashboard } from '../state/use-store';
import { focusFirst } from './focus-target';
import { t, type PlainKey } from './i18n';

/**
 * The first thing Tab reaches: links past the header to the map, the article and the lists. They
 * move the focus themselves instead of following `#…`: the address's hash belongs to the
 * selection (url-sync.ts), and a map canvas or a heading is not a link target.
 */
export function SkipLinks() {
  const language = useDashboard((s) => s.language);
  return (
    <nav className="skip-links" aria-label={t('skipLinks', language)}>
      {SKIP_KEYS.map((key) => (
        <a
          key={key}
          href={`#${key}`}
          onClick={(event: MouseEvent) => {
            event.preventDefault();
            focusFirst(SKIP_TARGETS[key]);
          }}
        >
          {t(key, language)}
        </a>
      ))}
    </nav>
  );
}

/** Where each skip link leads, most useful target first: the map's canvas takes the arrow keys. */
const SKIP_TARGETS: Record<Extract<PlainKey, 'skipToMap' | 'skipToArticle' | 'skipToLists'>, string[]> = {
  skipToMap: ['[data-testid="map"] canvas', '[data-testid="map"]'],
  skipToArticle: ['.article-panel .panel-heading', '.article-column'],
  skipToLists: ['#places-heading', '.side-panel'],
};
const SKIP_KEYS = Object.keys(SKIP_TARGETS) as Array<keyof typeof SKIP_TARGETS>;
