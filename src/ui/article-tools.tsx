import type { Dataset, LoadedArticle } from '../core/dataset';
import { articleRecordFromLoaded } from '../core/exchange/article-record';
import { exportArticleFiles } from '../core/exchange/export-article';
import { EXPORT_SUFFIXES } from '../core/exchange/export-file-names';
import { useDashboard, useStoreApi } from '../state/use-store';
import { downloadFile } from './download-file';
import { t } from './i18n';

/** Review mode, and the article's files for download (the same files import back without loss). */
export function ArticleTools({ article, dataset, onRemove }: { article: LoadedArticle; dataset: Dataset; onRemove?: () => void }) {
  const store = useStoreApi();
  const language = useDashboard((s) => s.language);
  const isReviewing = useDashboard((s) => s.isReviewing);
  const download = (predicate: (name: string) => boolean) => {
    const files = exportArticleFiles(articleRecordFromLoaded(article, dataset.places));
    for (const file of files.filter((candidate) => predicate(candidate.name))) downloadFile(file.name, file.content, file.mediaType);
  };
  return (
    <div className="article-tools">
      <button type="button" aria-pressed={isReviewing} onClick={() => store.setReviewing(!isReviewing)}>
        {t('reviewPlaces', language)}
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
      {onRemove && (
        <button type="button" onClick={onRemove}>
          {t('removeFromBrowser', language)}
        </button>
      )}
    </div>
  );
}
