import { useRef, useState } from 'react';
import type { Dataset, LoadedArticle } from '../core/dataset';
import { articleRecordFromLoaded } from '../core/exchange/article-record';
import { exportArticleFiles } from '../core/exchange/export-article';
import { EXPORT_SUFFIXES } from '../core/exchange/export-file-names';
import type { CorrectedMeta, DetailChanges } from '../core/review/edit-article-details';
import type { LocalizedText } from '../core/types';
import { useDashboard, useStoreApi } from '../state/use-store';
import { downloadFile } from './download-file';
import { localized, t } from './i18n';

/**
 * Review mode, the article's details (correctable after opening), its files for download (the
 * same files import back without loss), and its removal from this browser, which asks first and
 * can be undone.
 */
export function ArticleTools({ article, dataset, onRemove }: { article: LoadedArticle; dataset: Dataset; onRemove?: () => void }) {
  const store = useStoreApi();
  const language = useDashboard((s) => s.language);
  const isReviewing = useDashboard((s) => s.isReviewing);
  const [isConfirming, setConfirming] = useState(false);
  const [isEditing, setEditing] = useState(false);
  const saveStatus = useDashboard((s) => s.saves[article.meta.id]);
  const removeButtonRef = useRef<HTMLButtonElement>(null);
  // Cancelled: the keyboard goes back to « Remove », which is drawn again after the question.
  const cancelRemove = () => {
    setConfirming(false);
    requestAnimationFrame(() => removeButtonRef.current?.focus());
  };
  const download = (predicate: (name: string) => boolean) => {
    const files = exportArticleFiles(articleRecordFromLoaded(article, dataset.places));
    for (const file of files.filter((candidate) => predicate(candidate.name))) downloadFile(file.name, file.content, file.mediaType);
  };
  return (
    <div className="article-tools">
      <button type="button" aria-pressed={isReviewing} onClick={() => store.setReviewing(!isReviewing)}>
        {t('reviewPlaces', language)}
      </button>
      <button type="button" aria-expanded={isEditing} onClick={() => setEditing(!isEditing)}>
        {t('editDetails', language)}
      </button>
      <details className="export-menu">
        <summary>{t('export', language)}</summary>
        <div role="group" aria-label={t('exportArticle', language)}>
          <button type="button" onClick={() => download((name) => name.endsWith(EXPORT_SUFFIXES.bundle))}>
            {t('exportOneFile', language)}
          </button>
          <button type="button" onClick={() => download((name) => !name.endsWith(EXPORT_SUFFIXES.bundle))}>
            {t('exportSeparateFiles', language)}
          </button>
        </div>
      </details>
      {onRemove && !isConfirming && (
        <button type="button" ref={removeButtonRef} onClick={() => setConfirming(true)}>
          {t('removeFromBrowser', language)}
        </button>
      )}
      {onRemove && isConfirming && (
        <div
          role="alertdialog"
          aria-labelledby={`confirm-remove-${article.meta.id}`}
          className="confirm-remove"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.preventDefault(); // the question closes, not the selection under it
            cancelRemove();
          }}
        >
          <p id={`confirm-remove-${article.meta.id}`}>{t('confirmRemove', language, article.meta.title)}</p>
          <button type="button" className="danger-button" onClick={onRemove}>
            {t('confirmRemoveButton', language)}
          </button>
          <button type="button" autoFocus onClick={cancelRemove}>
            {t('cancel', language)}
          </button>
        </div>
      )}
      {saveStatus && (
        <span className="save-status" role="status" data-save-status={saveStatus}>
          {t(SAVE_STATUS_KEYS[saveStatus], language)}
        </span>
      )}
      {isEditing && <DetailsForm meta={article.meta} onDone={() => setEditing(false)} />}
    </div>
  );
}

const SAVE_STATUS_KEYS = { saving: 'saveSaving', saved: 'saveSaved', failed: 'saveFailed' } as const;

const FIELDS = [
  { key: 'title', label: 'fieldTitle' },
  { key: 'outlet', label: 'fieldOutlet' },
  { key: 'published', label: 'fieldDate' },
  { key: 'url', label: 'fieldUrl' },
] as const;

/** The article's details as a small form; saving records each change as a correction by the reviewer. */
function DetailsForm({ meta, onDone }: { meta: CorrectedMeta; onDone: () => void }) {
  const store = useStoreApi();
  const language = useDashboard((s) => s.language);
  const [values, setValues] = useState<Required<DetailChanges>>({ title: meta.title, outlet: meta.outlet, published: meta.published, url: meta.url ?? '' });
  const [problem, setProblem] = useState<LocalizedText | null>(null);
  return (
    <form
      className="details-form"
      onSubmit={(event) => {
        event.preventDefault();
        const refused = store.editArticleDetails(meta.id, values);
        setProblem(refused);
        if (!refused) onDone();
      }}
    >
      {FIELDS.map(({ key, label }) => (
        <label key={key}>
          {t(label, language)}
          <input name={key} value={values[key]} placeholder={key === 'published' ? t('datePlaceholder', language) : ''} onChange={(event) => setValues((current) => ({ ...current, [key]: event.target.value }))} />
        </label>
      ))}
      {problem && (
        <p role="alert" className="form-problem">
          {t('detailsProblem', language, localized(problem, language))}
        </p>
      )}
      <button type="submit">{t('saveDetails', language)}</button>
      <button type="button" onClick={onDone}>
        {t('cancel', language)}
      </button>
    </form>
  );
}
