import { UNKNOWN_OUTLET } from '../core/ingest/article-defaults';
import type { PreparedMeta } from '../core/ingest/prepare-article';
import type { ArticleMeta, Language } from '../core/types';
import { t } from './i18n';

/** Outlet, date (as precise as known) and whether the headline was reconstructed. */
export function ArticleSource({ meta, language }: { meta: ArticleMeta; language: Language }) {
  const isLoadingDate = (meta as PreparedMeta).publishedIsLoadingDate === true;
  return (
    <p className="article-source">
      {t('source', language)} : <strong>{outletName(meta, language)}</strong> · {t('published', language)} {formatPublished(meta, language)}
      {isLoadingDate && <span className="badge badge-muted"> {t('loadingDate', language)}</span>}
      {meta.titleIsReconstructed && <span className="badge badge-muted"> {t('titleReconstructed', language)}</span>}
    </p>
  );
}

/** '2024-05' with month precision → « mai 2024 » / "May 2024". */
export function formatPublished(meta: Pick<ArticleMeta, 'published' | 'publishedPrecision'>, language: Language): string {
  const [year, month, day] = meta.published.split('-').map(Number);
  if (meta.publishedPrecision === 'year' || !month) return String(year);
  const date = new Date(Date.UTC(year!, month - 1, day ?? 1));
  return dateFormat(language, meta.publishedPrecision === 'month' || !day ? 'month' : 'day').format(date);
}

// Every citation formats a date: a formatter is made once per language and precision, since
// making one (toLocaleDateString makes one per call) costs far more than using it.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(language: Language, precision: 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${language}-${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    const fields: Intl.DateTimeFormatOptions = precision === 'day' ? { day: 'numeric', month: 'long', year: 'numeric' } : { month: 'long', year: 'numeric' };
    format = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { ...fields, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/** The outlet, or « média inconnu » when the article was opened without one. */
export function outletName(meta: Pick<ArticleMeta, 'outlet'>, language: Language): string {
  return meta.outlet === UNKNOWN_OUTLET ? t('unknownOutlet', language) : meta.outlet;
}

/** « Kessiya, mai 2024 »: the outlet and the date as precise as known, to cite a passage. */
export function formatSource(meta: Pick<ArticleMeta, 'outlet' | 'published' | 'publishedPrecision'>, language: Language): string {
  return `${outletName(meta, language)}, ${formatPublished(meta, language)}`;
}
