import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Language } from '../core/types';
import type { MapPick, ScreenPoint } from '../map/map-adapter';
import { t } from './i18n';
import type { PickWords } from './map-tooltip';

interface Props {
  items: ReadonlyArray<PickWords & { pick: MapPick }>;
  point: ScreenPoint;
  language: Language;
  onChoose(pick: MapPick): void;
  onClose(): void;
}

/**
 * A small list where a click on the map fell on several things (a capital and an incident,
 * incidents sharing a zone): one button each, the first focused; ↑/↓ (and Home/End) move, Enter
 * chooses, Esc or a click elsewhere closes.
 */
export function FeatureChooser({ items, point, language, onChoose, onClose }: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const buttons = () => [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];

  useEffect(() => {
    buttons()[0]?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (!listRef.current?.parentElement?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', closeOutside, true);
    return () => document.removeEventListener('pointerdown', closeOutside, true);
  }, [items, onClose]);

  const onKeyDown = (event: KeyboardEvent) => {
    const all = buttons();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const move = (index: number) => {
      event.preventDefault();
      all[(index + all.length) % all.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(all.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <div className="feature-chooser" role="dialog" aria-label={t('chooserTitle', language)} style={{ left: point.x, top: point.y }} onKeyDown={onKeyDown}>
      <p className="feature-chooser-title" aria-hidden="true">
        {t('chooserTitle', language)}
      </p>
      <ul ref={listRef}>
        {items.map(({ pick, name, detail }) => (
          <li key={`${pick.type}:${pick.id}`}>
            <button type="button" data-pick-type={pick.type} data-pick-id={pick.id} onClick={() => onChoose(pick)}>
              <span className="feature-chooser-name">{name}</span> <span className="feature-chooser-detail">{detail}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
