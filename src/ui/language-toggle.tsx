import type { Language } from '../core/types';
import { useDashboard, useStoreApi } from '../state/use-store';
import { t } from './i18n';

const LANGUAGES: Array<{ code: Language; label: string; name: string }> = [
  { code: 'fr', label: 'FR', name: 'Français' },
  { code: 'en', label: 'EN', name: 'English' },
];

/** Switches the interface between French and English; the article keeps its own language. */
export function LanguageToggle() {
  const store = useStoreApi();
  const language = useDashboard((s) => s.language);
  return (
    <div className="language-toggle" role="group" aria-label={t('language', language)}>
      {LANGUAGES.map(({ code, label, name }) => (
        <button key={code} type="button" lang={code} aria-pressed={language === code} aria-label={name} onClick={() => store.setLanguage(code)}>
          {label}
        </button>
      ))}
    </div>
  );
}
