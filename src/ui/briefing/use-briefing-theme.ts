import { useCallback, useState } from 'react';

export type BriefingTheme = 'standard' | 'contrast';

const KEY = 'border-brief:briefing-theme';

/** The presentation's theme, remembered across reloads; high contrast when the system asks for more contrast. */
export function useBriefingTheme(): [BriefingTheme, (theme: BriefingTheme) => void] {
  const [theme, setTheme] = useState<BriefingTheme>(() => {
    try {
      const stored = window.localStorage.getItem(KEY);
      if (stored === 'standard' || stored === 'contrast') return stored;
    } catch {
      // storage disabled: fall through to the system preference
    }
    return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-contrast: more)').matches ? 'contrast' : 'standard';
  });
  const update = useCallback((next: BriefingTheme) => {
    setTheme(next);
    try {
      window.localStorage.setItem(KEY, next);
    } catch {
      // storage disabled: the theme holds until the page is left
    }
  }, []);
  return [theme, update];
}
