import type { Slide } from '../../core/briefing/briefing-schema';
import { slideCaveats, slideQuotes } from '../../core/briefing/slide-content';
import type { Dataset } from '../../core/dataset';
import type { Language } from '../../core/types';
import { formatSource } from '../article-source';
import { caveatText, colon, quoteMarks, t } from '../i18n';
import { slideFilterState } from '../../core/briefing/slide-filters';
import { filtersSentence } from './slide-filter-words';

/** A slide's words: its title, the time window and filters it applies, the quoted sentences with outlet, date and paragraph, and the precision caveats. */
export function SlideText({ slide, dataset, language, headingLevel = 2 }: { slide: Slide; dataset: Dataset; language: Language; headingLevel?: 2 | 3 }) {
  const quotes = slideQuotes(slide, dataset.articles);
  const caveats = slideCaveats(slide, dataset);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const marks = quoteMarks(language);
  const filters = filtersSentence(slideFilterState(slide), language, dataset);
  return (
    <div className="slide-text">
      <Heading className="slide-title">{slide.title}</Heading>
      {filters && (
        <p className="slide-filters" data-testid="slide-filters">
          {filters}
        </p>
      )}
      {quotes.length === 0 && <p className="slide-muted">{t('noPassage', language)}</p>}
      <ol className="slide-quotes" aria-label={t('slidePassages', language)}>
        {quotes.map(({ quote, article, text }) => (
          <li key={`${quote.articleId}:${quote.sentence.id}`}>
            <blockquote lang={article.meta.language}>
              {marks.open}
              {text}
              {marks.close}
            </blockquote>
            <p className="slide-citation">
              {formatSource(article.meta, language)}, {t('paragraph', language)} {quote.sentence.paragraphNumber}
            </p>
          </li>
        ))}
      </ol>
      {caveats.length > 0 && (
        <ul className="slide-caveats" aria-label={t('caveats', language)}>
          {caveats.map((caveat) => (
            <li key={`${caveat.subject.type}:${caveat.subject.id}`} data-caveat={caveat.place}>
              {caveats.length > 1 && (
                <strong>
                  {caveat.label[language]}
                  {colon(language)}
                </strong>
              )}
              {caveatText(caveat, language)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
