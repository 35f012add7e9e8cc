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
        const isLink = Boolean(onMentionClick && placeId);
        // A mention is a link to its place's selection (#place=…): keyboard-reachable, and its
        // accessible role (link) never competes with the list's place buttons.
        return (
          <mark
            key={segment.start}
            className="mention"
            data-place-id={placeId ?? 'unlocated'}
            data-annotation-id={mention.annotationId}
            data-selected={isSelected ? 'true' : undefined}
            data-cited={isCited ? 'true' : undefined}
            style={{ ['--place-color' as string]: color }}
          >
            {isLink ? (
              <a
                href={`#place=${encodeURIComponent(placeId!)}`}
                className="mention-link"
                aria-current={isSelected ? 'true' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  onMentionClick!(placeId!);
                }}
              >
                {segment.text}
              </a>
            ) : (
              segment.text
            )}
          </mark>
        );
      })}
    </>
  );
}
