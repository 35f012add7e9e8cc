import type { Dataset, LoadedArticle } from '../core/dataset';
import { articleRecordFromLoaded } from '../core/exchange/article-record';
import { exportArticleFiles } from '../core/exchange/export-article';
import { EXPORT_SUFFIXES } from '../core/exchange/export-file-names';
import { useDashboard, useStoreApi } from '../state/use-store';
import { downloadFile } from './download-file';

/** Review mode, and the article's files for download (the same files import back without loss). */
export function ArticleTools({ article, dataset, onRemove }: { article: LoadedArticle; dataset: Dataset; onRemove?: () => void }) {
  const store = useStoreApi();
  const language = useDashboard((s) => s.language);
  const isReviewing = useDashboard((s) => s.isReviewing);
  const fr = language === 'fr';
  const download = (predicate: (name: string) => boolean) => {
    const files = exportArticleFiles(articleRecordFromLoaded(article, dataset.places));
    for (const file of files.filter((candidate) => predicate(candidate.name))) downloadFile(file.name, file.content, file.mediaType);
  };
  return (
    <div className="article-tools">
      <button type="button" aria-pressed={isReviewing} onClick={() => store.setReviewing(!isReviewing)}>
        {fr ? 'Relire les lieux' : 'Review places'}
      </button>
      <details className="export-menu">
        <summary>{fr ? 'Exporter' : 'Export'}</summary>
        <div role="group" aria-label={fr ? 'Exporter l’article' : 'Export the article'}>
          <button type="button" onClick={() => download((name) => name.endsWith(EXPORT_SUFFIXES.bundle))}>
            {fr ? 'Tout en un fichier (.borderbrief.json)' : 'Everything in one file (.borderbrief.json)'}
          </button>
          <button type="button" onClick={() => download((name) => !name.endsWith(EXPORT_SUFFIXES.bundle))}>
            {fr ? 'Fichiers séparés (texte, JSON-LD, GeoJSON, CSV)' : 'Separate files (text, JSON-LD, GeoJSON, CSV)'}
          </button>
        </div>
      </details>
      {onRemove && (
        <button type="button" onClick={onRemove}>
          {fr ? 'Retirer de ce navigateur' : 'Remove from this browser'}
        </button>
      )}
    </div>
  );
}
