/**
 * The words of a slide as the handouts print them: title, the time window and filters applied,
 * quotes with full citations, caveats, notes, and the footer naming the sources and the day the handout was made.
 */
import type { Briefing, Slide } from '../../core/briefing/briefing-schema';
import { slideCaveats, slideQuotes } from '../../core/briefing/slide-content';
import type { Dataset } from '../../core/dataset';
import type { Language } from '../../core/types';
import { formatPublished, outletName } from '../article-source';
import { caveatText, colon, formatDate, quote, semicolon, t } from '../i18n';
import { slideFilterState } from '../../core/briefing/slide-filters';
import { filtersSentence } from './slide-filter-words';

export interface HandoutSlide {
  title: string;
  quotes: Array<{ text: string; citation: string }>;
  caveats: string[];
  /** « Filtres : du 1er mars 2024 au 31 mai 2024, côté mauritanien », or null when the slide shows everything. */
  filters: string | null;
  notes: string;
  number: string; // « 3 / 7 »
}

export function handoutSlide(briefing: Briefing, index: number, dataset: Dataset, language: Language): HandoutSlide {
  const slide: Slide = briefing.slides[index]!;
  const caveats = slideCaveats(slide, dataset);
  return {
    title: slide.title,
    quotes: slideQuotes(slide, dataset.articles).map(({ quote: passage, article, text }) => ({
      text: quote(text, language),
      citation: `${outletName(article.meta, language)}, ${quote(article.meta.title, language)}, ${formatPublished(article.meta, language)}, ${t('paragraph', language)} ${passage.sentence.paragraphNumber}`,
    })),
    caveats: caveats.map((caveat) => (caveats.length > 1 ? `${caveat.label[language]}${colon(language)}` : '') + caveatText(caveat, language)),
    filters: filtersSentence(slideFilterState(slide), language, dataset),
    notes: slide.notes,
    number: `${index + 1} / ${briefing.slides.length}`,
  };
}

/** « Sources : Kessiya, « titre », mai 2024, https://… · Document établi le 29 novembre 2026 avec Border Brief » */
export function handoutFooter(briefing: Briefing, dataset: Dataset, language: Language, madeOn: Date): string {
  const articleIds = new Set([briefing.articleId, ...briefing.slides.flatMap((slide) => slideQuotes(slide, dataset.articles).map((q) => q.article.meta.id))]);
  const sources = dataset.articles
    .filter((article) => articleIds.has(article.meta.id))
    .map((article) => [outletName(article.meta, language), quote(article.meta.title, language), formatPublished(article.meta, language), article.meta.url].filter(Boolean).join(', '));
  return `${t('sources', language)}${colon(language)}${sources.join(semicolon(language))} · ${t('madeOn', language)} ${formatDate(madeOn, 'day', language)} ${t('madeWith', language)}`;
}
