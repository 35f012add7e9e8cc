import type { ArticleMeta, Language } from '../core/types';
import { t } from './i18n';

/** Outlet, date (as precise as known) and whether the headline was reconstructed. */
export function ArticleSource({ meta, language }: { meta: ArticleMeta; language: Language }) {
  return (
    <p className="article-source">
      {t('source', language)} : <strong>{meta.outlet}</strong> · {t('published', language)} {formatPublished(meta, language)}
      {meta.titleIsReconstructed && <span className="badge badge-muted"> {t('titleReconstructed', language)}</span>}
    </p>
  );
}

/** '2024-05' with month precision → « mai 2024 » / "May 2024". */
export function formatPublished(meta: Pick<ArticleMeta, 'published' | 'publishedPrecision'>, language: Language): string {
  const [year, month, day] = meta.published.split('-').map(Number);
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  if (meta.publishedPrecision === 'year' || !month) return String(year);
  const date = new Date(Date.UTC(year!, month - 1, day ?? 1));
  if (meta.publishedPrecision === 'month' || !day) return date.toLocaleDateString(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return date.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
