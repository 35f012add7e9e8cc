import type { Segment } from '../core/views/paragraph-segments';
import { placeColor } from '../core/views/place-colors';

interface Props {
  segments: Segment[];
  selectedPlaceId: string | null;
  citedAnnotationIds?: ReadonlySet<string>;
  onMentionClick?: (placeId: string) => void;
  /** In a card's quotation the marks only show colour: they are not the article's mentions. */
  isQuotation?: boolean;
}

/**
 * Article text with its mentions as <mark> elements, rendered as React text nodes (never as
 * HTML). Each mark carries its place id and its place's colour; a mark of the selected place
 * gets data-selected="true".
 */
export function TextWithMentions({ segments, selectedPlaceId, citedAnnotationIds, onMentionClick, isQuotation = false }: Props) {
  return (
    <>
      {segments.map((segment) => {
        const mention = segment.mention;
        if (!mention) return <span key={segment.start}>{segment.text}</span>;
        const placeId = mention.placeId;
        const isSelected = placeId !== null && placeId === selectedPlaceId;
        const isCited = citedAnnotationIds?.has(mention.annotationId) ?? false;
        const color = placeId ? placeColor(placeId) : '#777777';
        if (isQuotation) {
          return (
            <mark key={segment.start} className={isSelected ? 'mention mention-quoted is-selected' : 'mention mention-quoted'} style={{ ['--place-color' as string]: color }}>
              {segment.text}
            </mark>
          );
        }
        const interactive = Boolean(onMentionClick && placeId);
        return (
          <mark
            key={segment.start}
            className="mention"
            data-place-id={placeId ?? 'unlocated'}
            data-annotation-id={mention.annotationId}
            data-selected={isSelected ? 'true' : undefined}
            data-cited={isCited ? 'true' : undefined}
            style={{ ['--place-color' as string]: color }}
            role={interactive ? 'button' : undefined}
            tabIndex={interactive ? 0 : undefined}
            aria-pressed={interactive ? isSelected : undefined}
            onClick={interactive ? () => onMentionClick!(placeId!) : undefined}
            onKeyDown={
              interactive
                ? (event) => {
                    if (event.key === 'Enter' || event.key === ' ') {
                      event.preventDefault();
                      onMentionClick!(placeId!);
                    }
                  }
                : undefined
            }
          >
            {segment.text}
          </mark>
        );
      })}
    </>
  );
}
