import type { LoadedArticle } from '../core/dataset';
import type { QuotedPassage } from '../core/views/quoted-passages';
import { paragraphSegments } from '../core/views/paragraph-segments';
import type { Language } from '../core/types';
import { quoteMarks, t } from './i18n';
import { TextWithMentions } from './text-with-mentions';
import { formatSource } from './article-source';

/** Quoted passages with their citation: outlet, date and paragraph number. */
export function QuoteList({ quotes, articles, language, selectedPlaceId }: { quotes: QuotedPassage[]; articles: readonly LoadedArticle[]; language: Language; selectedPlaceId: string | null }) {
  const marks = quoteMarks(language);
  return (
    <ol className="quote-list">
      {quotes.map((quote) => {
        const article = articles.find((candidate) => candidate.meta.id === quote.articleId);
        if (!article) return null;
        return (
          <li key={`${quote.articleId}:${quote.sentence.id}`} data-quote-passage={quote.sentence.id}>
            <blockquote lang={article.meta.language}>
              {marks.open}
              <TextWithMentions segments={paragraphSegments(article.text, quote.sentence, quote.mentions)} selectedPlaceId={selectedPlaceId} isQuotation />
              {marks.close}
            </blockquote>
            <p className="citation">
              {formatSource(article.meta, language)}, {t('paragraph', language)} {quote.sentence.paragraphNumber}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
