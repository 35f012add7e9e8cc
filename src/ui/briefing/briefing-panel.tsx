import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { Briefing, Slide } from '../../core/briefing/briefing-schema';
import type { DataProblem } from '../../core/dataset';
import type { Language } from '../../core/types';
import type { BriefingEdit } from '../../core/briefing/edit-briefing';
import { colon, t } from '../i18n';
import type { Dataset } from '../../core/dataset';
import type { FilterState } from '../../core/filters/filter-state';
import { patchSlideFilters, slideFilterState, toSlideFilters } from '../../core/briefing/slide-filters';
import { filtersSentence } from './slide-filter-words';

export interface ExportProgress {
  label: string;
  done: number;
  total: number;
}

export interface BriefingPanelProps {
  briefing: Briefing;
  language: Language;
  canUndo: boolean;
  problems: DataProblem[];
  /** What the last good import brought in, said once. */
  importNotice?: string | null;
  progress: ExportProgress | null;
  withNotes: boolean;
  onWithNotesChange(withNotes: boolean): void;
  onEdit(edit: BriefingEdit): void;
  onAddFromView(): void;
  onPresent(index: number): void;
  onExportJson(): void;
  onImportJson(file: File): void;
  onResetDraft(): void;
  onExportPdf(): void;
  onExportPngs(): void;
  onClose(): void;
  /** The articles, to name an article a slide's filters keep. */
  dataset?: Pick<Dataset, 'articles'>;
  /** The dashboard's filters now, which « Prendre les filtres du tableau de bord » copies to a slide. */
  dashboardFilters?: FilterState;
}

/**
 * The briefing editor beside the map: the slides in order, each with its title, notes, and time
 * window and filters (typed, taken from the dashboard, or cleared), moved
 * by drag and drop or Alt+↑/↓, deleted, added from the current view; undo; export and import as
 * a file; handouts.
 */
export function BriefingPanel(props: BriefingPanelProps) {
  const { briefing, language, onEdit } = props;
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const move = (from: number, to: number) => {
    if (to < 0 || to >= briefing.slides.length) return;
    onEdit({ type: 'move', from, to });
    // Keep the keyboard on the slide that moved.
    requestAnimationFrame(() => listRef.current?.querySelectorAll<HTMLElement>('[data-slide-handle]')[to]?.focus());
  };

  const onPanelKeyDown = (event: KeyboardEvent) => {
    const isTextField = event.target instanceof HTMLElement && event.target.closest('input, textarea');
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault(); // the panel closes, not the dashboard's selection under it
      props.onClose();
      return;
    }
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !event.shiftKey && !isTextField) {
      event.preventDefault();
      onEdit({ type: 'undo' });
    }
  };

  const onDrop = (event: DragEvent, to: number) => {
    event.preventDefault();
    if (dragFrom !== null) move(dragFrom, to);
    setDragFrom(null);
  };

  return (
    <aside className="briefing-panel" aria-label={t('briefing', language)} onKeyDown={onPanelKeyDown} data-testid="briefing-panel">
      <header className="briefing-panel-header">
        <h2 tabIndex={-1} data-briefing-heading>
          {briefing.title}
        </h2>
        <button type="button" className="close-button" onClick={props.onClose} aria-label={t('close', language)}>
          ×
        </button>
      </header>
      <div className="briefing-actions">
        <button type="button" className="primary" data-present-from="all" onClick={() => props.onPresent(0)}>
          ▶ {t('present', language)}
        </button>
        <button type="button" onClick={props.onAddFromView}>
          + {t('addSlide', language)}
        </button>
        <button type="button" onClick={() => onEdit({ type: 'undo' })} disabled={!props.canUndo} aria-keyshortcuts="Control+Z">
          ↶ {t('undo', language)}
        </button>
      </div>
      <p role="status" className="notice" hidden={!props.importNotice}>
        {props.importNotice}
      </p>
      {props.problems.length > 0 && (
        <div className="briefing-problems" role="alert">
          <p>{t('importFailed', language)}</p>
          <ul>
            {props.problems.map((problem, i) => (
              <li key={i}>
                <code>{problem.file}</code> {problem.field && <code>{problem.field}</code>} {problem.message} {problem.fix}
              </li>
            ))}
          </ul>
        </div>
      )}
      <h3 className="panel-heading">
        {t('slides', language)} ({briefing.slides.length}) <span className="hint">{t('dragHint', language)}</span>
      </h3>
      <ol className="briefing-slides" ref={listRef}>
        {briefing.slides.map((slide, index) => (
          <li
            key={slide.id}
            className={dragFrom === index ? 'is-dragging' : undefined}
            data-briefing-slide={slide.id}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => onDrop(event, index)}
          >
            <div className="briefing-slide-row">
              <button
                type="button"
                className="drag-handle"
                draggable
                data-slide-handle
                aria-label={`${index + 1}. ${slide.title} — ${t('dragHint', language)}`}
                onDragStart={(event) => {
                  event.dataTransfer.effectAllowed = 'move';
                  event.dataTransfer.setData('text/plain', String(index));
                  setDragFrom(index);
                }}
                onDragEnd={() => setDragFrom(null)}
                onKeyDown={(event) => {
                  if (event.altKey && event.key === 'ArrowUp') {
                    event.preventDefault();
                    move(index, index - 1);
                  } else if (event.altKey && event.key === 'ArrowDown') {
                    event.preventDefault();
                    move(index, index + 1);
                  }
                }}
              >
                ⠿ {index + 1}
              </button>
              <label className="visually-hidden" htmlFor={`slide-title-${slide.id}`}>
                {t('title', language)} {index + 1}
              </label>
              <input id={`slide-title-${slide.id}`} className="slide-title-input" value={slide.title} onChange={(event) => onEdit({ type: 'retitle', index, title: event.target.value })} />
            </div>
            <SlideFiltersEditor index={index} slide={slide} {...props} />
            <details>
              <summary>{t('notes', language)}</summary>
              <textarea aria-label={`${t('notes', language)} ${index + 1}`} value={slide.notes} rows={4} onChange={(event) => onEdit({ type: 'notes', index, notes: event.target.value })} />
            </details>
            <div className="briefing-slide-buttons">
              <button type="button" onClick={() => move(index, index - 1)} disabled={index === 0} aria-label={`${t('moveUp', language)} ${index + 1}`}>
                ↑
              </button>
              <button type="button" onClick={() => move(index, index + 1)} disabled={index === briefing.slides.length - 1} aria-label={`${t('moveDown', language)} ${index + 1}`}>
                ↓
              </button>
              <button type="button" data-present-from={index} onClick={() => props.onPresent(index)} aria-label={`${t('presentFrom', language)} ${index + 1}`}>
                ▶
              </button>
              <button type="button" onClick={() => onEdit({ type: 'delete', index })} disabled={briefing.slides.length === 1} aria-label={`${t('delete', language)} ${index + 1}`}>
                ×
              </button>
            </div>
          </li>
        ))}
      </ol>
      <h3 className="panel-heading">{t('exporting', language)}</h3>
      <div className="briefing-actions">
        <button type="button" onClick={props.onExportPdf} disabled={props.progress !== null}>
          PDF
        </button>
        <button type="button" onClick={props.onExportPngs} disabled={props.progress !== null}>
          {t('pngAll', language)}
        </button>
        <label className="checkbox">
          <input type="checkbox" checked={props.withNotes} onChange={(event) => props.onWithNotesChange(event.target.checked)} /> {t('withNotes', language)}
        </label>
      </div>
      {props.progress && (
        <div className="briefing-progress" role="status" aria-live="polite">
          <progress max={props.progress.total} value={props.progress.done} /> {props.progress.label} {props.progress.done}/{props.progress.total}
        </div>
      )}
      <div className="briefing-actions">
        <button type="button" onClick={props.onExportJson}>
          {t('exportJson', language)}
        </button>
        <button type="button" onClick={() => fileRef.current?.click()}>
          {t('importJson', language)}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="briefing-import"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) props.onImportJson(file);
            event.target.value = '';
          }}
        />
        <button type="button" onClick={props.onResetDraft}>
          {t('resetDraft', language)}
        </button>
      </div>
    </aside>
  );
}

/**
 * A slide's time window and filters: in words, the window's two ends as dates, and two buttons,
 * one to take the dashboard's filters as they are now, one to clear them (the slide then shows
 * everything). Each change is one undo step.
 */
function SlideFiltersEditor({ index, slide, language, onEdit, dataset, dashboardFilters }: BriefingPanelProps & { index: number; slide: Slide }) {
  const state = slideFilterState(slide);
  const sentence = filtersSentence(state, language, dataset);
  const id = `slide-filters-${slide.id}`;
  const setFilters = (filters: Slide['filters']) => onEdit({ type: 'filters', index, filters });
  const taken = dashboardFilters ? toSlideFilters(dashboardFilters) : undefined;
  return (
    <details className="slide-filters-editor" data-slide-filters={state ? 'set' : 'none'}>
      <summary>
        {t('slideFiltersLabel', language)}
        {state ? ' ●' : ''}
      </summary>
      <p className="hint" id={`${id}-words`}>
        {sentence ?? `${t('slideFiltersLabel', language)}${colon(language)}${t('slideFiltersNone', language)}`}
      </p>
      <fieldset aria-label={t('slideFiltersOf', language, index + 1)} aria-describedby={`${id}-words`}>
        <label>
          {t('slideFiltersFrom', language)}{' '}
          <input type="date" name="from" value={slide.filters?.from ?? ''} onChange={(event) => setFilters(patchSlideFilters(slide.filters, { from: event.target.value || null }))} />
        </label>{' '}
        <label>
          {t('slideFiltersTo', language)}{' '}
          <input type="date" name="to" value={slide.filters?.to ?? ''} onChange={(event) => setFilters(patchSlideFilters(slide.filters, { to: event.target.value || null }))} />
        </label>
      </fieldset>
      <div className="briefing-slide-buttons">
        {dashboardFilters && (
          <button type="button" onClick={() => setFilters(taken)} disabled={JSON.stringify(taken) === JSON.stringify(slide.filters)}>
            {t('slideFiltersTake', language)}
          </button>
        )}
        <button type="button" onClick={() => setFilters(undefined)} disabled={!slide.filters}>
          {t('slideFiltersClear', language)}
        </button>
      </div>
    </details>
  );
}
