import { useRef } from 'react';
import { useDashboard } from '../state/use-store';
import { t, type PlainKey } from './i18n';
import { useModalDialog } from './use-modal-dialog';

/** The keys of the dashboard, the briefing editor and the presentation, as the sheet lists them. */
const SHORTCUTS: Array<{ keys: string[]; action: PlainKey }> = [
  { keys: ['?'], action: 'shortcutHelp' },
  { keys: ['Tab', 'Maj+Tab'], action: 'shortcutTab' },
  { keys: ['Échap'], action: 'shortcutEscape' },
  { keys: ['← ↑ → ↓'], action: 'shortcutMapArrows' },
  { keys: ['← ↑ → ↓', 'Entrée'], action: 'shortcutPlacing' },
  { keys: ['Maj+←/→', 'Ctrl+Maj+←/→'], action: 'shortcutSelectWords' },
  { keys: ['→ ←', 'Espace', 'B', 'Échap'], action: 'shortcutSlides' },
  { keys: ['Alt+↑/↓'], action: 'shortcutMoveSlide' },
  { keys: ['Ctrl+Z'], action: 'shortcutUndo' },
];

/** Key names as the interface language writes them on keyboards. */
const KEY_NAMES: Record<string, PlainKey> = { 'Maj+Tab': 'keyShiftTab', Échap: 'keyEscape', Entrée: 'keyEnter', Espace: 'keySpace', 'Maj+←/→': 'keyShiftArrows', 'Ctrl+Maj+←/→': 'keyCtrlShiftArrows' };

/**
 * A short help for a first visit and the keyboard shortcut sheet, in a modal dialog opened by the
 * header's « Aide » button or the ? key; Esc or « Fermer » closes it and gives the focus back.
 */
export function HelpPanel({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const language = useDashboard((s) => s.language);
  const dialogRef = useRef<HTMLDialogElement>(null);
  useModalDialog(dialogRef, isOpen);
  return (
    <dialog ref={dialogRef} className="help-panel" aria-labelledby="help-title" onClose={onClose} onCancel={onClose} data-testid="help-panel">
      <header className="help-header">
        <h2 id="help-title">{t('helpTitle', language)}</h2>
        <button type="button" className="close-button" autoFocus onClick={onClose} aria-label={t('close', language)}>
          ×
        </button>
      </header>
      <p>{t('helpIntro', language)}</p>
      <p>{t('helpSteps', language)}</p>
      <h3>{t('shortcutsTitle', language)}</h3>
      <table className="shortcut-sheet">
        <thead>
          <tr>
            <th scope="col">{t('shortcutKey', language)}</th>
            <th scope="col">{t('shortcutAction', language)}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(({ keys, action }) => (
            <tr key={action}>
              <td>
                {keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && ' '}
                    <kbd>{KEY_NAMES[key] ? t(KEY_NAMES[key], language) : key}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(action, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="review-actions">
        <button type="button" onClick={onClose}>
          {t('close', language)}
        </button>
      </div>
    </dialog>
  );
}
