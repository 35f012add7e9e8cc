import type { Mention } from '../core/dataset';
import type { Segment } from '../core/views/paragraph-segments';
import { colorOf } from '../core/views/place-colors';
import { usePlaceColors } from './use-place-colors';
import { selectAnnotationsOutsideFilters } from '../state/selectors';
import { useDashboard } from '../state/use-store';
import { t } from './i18n';

interface Props {
  segments: Segment[];
  selectedPlaceId: string | null;
  citedAnnotationIds?: ReadonlySet<string>;
  onMentionClick?: (mention: Mention) => void;
  /** In a card's quotation the marks only show colour: they are not the article's mentions. */
  isQuotation?: boolean;
  /** Review mode: every mention (rejected and unlocated ones too) is a link, with its confidence beside it. */
  isReviewing?: boolean;
  selectedAnnotationId?: string | null;
}

const UNLOCATED_COLOR = '#777777';

/**
 * Article text with its mentions as <mark> elements, rendered as React text nodes (never as
 * HTML). Each mark carries its place id and its place's colour; a mark of the selected place
 * gets data-selected="true". Every piece carries `data-start` (its offset in the article, UTF-16
 * code units) so a text selection can be turned back into offsets. A mark whose incidents all fall
 * outside the filters or the time window is dimmed (`is-outside-filters`) and says so to a screen
 * reader, but stays: the text is never cut.
 */
export function TextWithMentions({ segments, selectedPlaceId, citedAnnotationIds, onMentionClick, isQuotation = false, isReviewing = false, selectedAnnotationId = null }: Props) {
  const colors = usePlaceColors();
  const outside = useDashboard(selectAnnotationsOutsideFilters);
  const language = useDashboard((s) => s.language);
  const outsideWords = t('outsideFilters', language);
  return (
    <>
      {segments.map((segment) => {
        const mention = segment.mention;
        if (!mention) {
          return (
            <span key={segment.start} data-start={segment.start}>
              {segment.text}
            </span>
          );
        }
        const placeId = mention.placeId;
        const isSelected = placeId !== null && placeId === selectedPlaceId;
        const style = { ['--place-color' as string]: placeId ? colorOf(colors, placeId) : UNLOCATED_COLOR };
        if (isQuotation) {
          return (
            <mark key={segment.start} className={isSelected ? 'mention mention-quoted is-selected' : 'mention mention-quoted'} style={style}>
              {segment.text}
            </mark>
          );
        }
        const isLink = Boolean(onMentionClick && (placeId || isReviewing));
        const isUnderReview = isReviewing && mention.annotationId === selectedAnnotationId;
        const isOutside = outside.has(mention.annotationId);
        // A mention is a link to its place's selection (#place=…): keyboard-reachable, and its
        // accessible role (link) never competes with the list's place buttons.
        return (
          <span key={segment.start} className="mention-wrap">
            <mark
              className={`mention status-${mention.status ?? 'none'}${isOutside ? ' is-outside-filters' : ''}`}
              data-outside-filters={isOutside ? 'true' : undefined}
              aria-description={isOutside && !isLink ? outsideWords : undefined}
              data-place-id={placeId ?? 'unlocated'}
              data-annotation-id={mention.annotationId}
              data-start={segment.start}
              data-selected={isSelected || isUnderReview ? 'true' : undefined}
              data-cited={citedAnnotationIds?.has(mention.annotationId) ? 'true' : undefined}
              style={style}
            >
              {isLink ? (
                <a
                  aria-description={isOutside ? outsideWords : undefined}
                  href={isReviewing ? `#mention=${encodeURIComponent(mention.annotationId)}` : `#place=${encodeURIComponent(placeId!)}`}
                  className="mention-link"
                  aria-current={isSelected || isUnderReview ? 'true' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    onMentionClick!(mention);
                  }}
                >
                  {segment.text}
                </a>
              ) : (
                segment.text
              )}
            </mark>
            {isReviewing && mention.confidence !== null && (
              <span className="confidence" data-start={segment.end} aria-label={`confiance ${Math.round(mention.confidence * 100)} %`}>
                {Math.round(mention.confidence * 100)}
              </span>
            )}
          </span>
        );
      })}
    </>
  );
}

/**
 * Offsets in the article of the words the user selected inside `container`, read from the
 * `data-start` of the pieces around the selection's ends; null when the selection is empty or
 * leaves the article.
 */
export function selectionOffsets(container: HTMLElement, selection: Selection | null): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const offsetOf = (node: Node, offset: number): number | null => {
    const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
    const piece = element?.closest<HTMLElement>('[data-start]');
    if (!piece || !container.contains(piece) || piece.classList.contains('confidence')) return null;
    return Number(piece.dataset.start) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
  };
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
