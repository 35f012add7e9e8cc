import { UNKNOWN_OUTLET } from '../core/ingest/article-defaults';
import type { PreparedMeta } from '../core/ingest/prepare-article';
import type { ArticleMeta, Language } from '../core/types';
import { colon, formatDate, t } from './i18n';

/** Outlet, date (as precise as known) and whether the headline was reconstructed. */
export function ArticleSource({ meta, language }: { meta: ArticleMeta; language: Language }) {
  const isLoadingDate = (meta as PreparedMeta).publishedIsLoadingDate === true;
  return (
    <p className="article-source">
      {t('source', language)}
      {colon(language)}
      <strong>{outletName(meta, language)}</strong> · {t('published', language)} {formatPublished(meta, language)}
      {isLoadingDate && <span className="badge badge-muted"> {t('loadingDate', language)}</span>}
      {meta.titleIsReconstructed && <span className="badge badge-muted"> {t('titleReconstructed', language)}</span>}
    </p>
  );
}

/** '2024-05' with month precision → « mai 2024 » / "May 2024". */
export function formatPublished(meta: Pick<ArticleMeta, 'published' | 'publishedPrecision'>, language: Language): string {
  return formatDate(meta.published, meta.publishedPrecision, language);
}

/** The outlet, or « média inconnu » when the article was opened without one. */
export function outletName(meta: Pick<ArticleMeta, 'outlet'>, language: Language): string {
  return meta.outlet === UNKNOWN_OUTLET ? t('unknownOutlet', language) : meta.outlet;
}

/** « Kessiya, mai 2024 »: the outlet and the date as precise as known, to cite a passage. */
export function formatSource(meta: Pick<ArticleMeta, 'outlet' | 'published' | 'publishedPrecision'>, language: Language): string {
  return `${outletName(meta, language)}, ${formatPublished(meta, language)}`;
}
