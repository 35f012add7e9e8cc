import { useEffect, useRef, useState } from 'react';
import type { ArticleRecord } from '../core/exchange/article-record';
import type { BriefingResult } from '../core/briefing/briefing-schema';
import { articleRecordFromLoaded } from '../core/exchange/article-record';
import { OPENABLE_FILE_TYPES } from '../core/exchange/export-file-names';
import { tooManyMentions } from '../core/exchange/import-article';
import { openFiles as openThroughDoors } from '../core/exchange/import-files';
import type { ImportedLayer } from '../core/exchange/imported-layer';
import { MAX_MENTIONS_PER_ARTICLE } from '../core/validation/limits';
import type { PrepareProgress } from '../core/ingest/prepare-article';
import type { Place } from '../core/types';
import { loadGazetteer } from '../core/gazetteer/load-gazetteer';
import { geoparseInWorker, prewarmGeoparser } from '../state/geoparse-client';
import { selectDataset } from '../state/selectors';
import { useDashboard } from '../state/use-store';
import { t, type PlainKey } from './i18n';
import { articleHeading } from './focus-target';
import { useModalDialog } from './use-modal-dialog';

interface Props {
  isOpen: boolean;
  onClose: () => void;
  /** Stores and shows an article; resolves false when it could not be saved. */
  onArticle: (record: ArticleRecord) => Promise<boolean>;
  knownPlaces: readonly Place[];
  /** Files dropped on the dashboard, handed in to open at once. */
  droppedFiles: File[] | null;
  /** Receives a GeoJSON or TopoJSON layer of places or incidents, checked, to put on the map. */
  onLayer?: (layer: ImportedLayer) => void;
  /** Receives a briefing file dropped here, checked, as the briefing panel's import does. */
  onBriefing?: (result: BriefingResult) => void;
}

type Status = { type: 'idle' } | { type: 'working'; label: string; fraction: number } | { type: 'done'; messages: string[] } | { type: 'failed'; messages: string[] };

/**
 * Opens an article: a text file (picked or dropped) or pasted text is geoparsed in a Web Worker,
 * with its progress shown; files exported by Border Brief are imported back. Each result is
 * stored in the browser and shown on the map. Bad input says what is wrong and changes nothing.
 */
export function OpenArticleDialog({ isOpen, onClose, onArticle, knownPlaces, droppedFiles, onLayer, onBriefing }: Props) {
  const language = useDashboard((s) => s.language);
  const records = useDashboard((s) => s.records);
  const dataset = useDashboard(selectDataset);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [details, setDetails] = useState({ title: '', outlet: '', date: '', url: '' });
  const [status, setStatus] = useState<Status>({ type: 'idle' });

  const resultRef = useRef<HTMLDivElement>(null);
  // The last article this dialog opened: closing the dialog takes the keyboard to its heading.
  const openedIdRef = useRef<string | null>(null);

  useEffect(() => prewarmGeoparser(), []);

  useModalDialog(dialogRef, isOpen, () => {
    const id = openedIdRef.current;
    openedIdRef.current = null;
    return id ? articleHeading(id) : null;
  });

  // The result (or what went wrong) takes the focus once the work is done, so it is read first.
  useEffect(() => {
    if (status.type === 'done' || status.type === 'failed') resultRef.current?.focus();
  }, [status]);

  const openText = async (input: { text: string; name?: string }, messages: string[]) => {
    const result = await geoparseInWorker(
      { text: input.text, ...(input.name ? { name: input.name } : {}), ...nonEmpty(details) },
      (progress) => setStatus({ type: 'working', label: t(STAGE_LABELS[progress.stage], language), fraction: progress.fraction }),
      { messageLanguage: language, borderZone: dataset.geo.borderZone },
    );
    if (!result.ok) {
      messages.push(...result.problems.map((p) => t('problem', language, { where: p.file || input.name || t('pastedText', language), field: p.field, message: p.message, fix: p.fix })));
      return false;
    }
    messages.push(...result.warnings);
    if (result.article.annotations.length > MAX_MENTIONS_PER_ARTICLE) {
      messages.push(tooManyMentions(input.name ?? t('pastedText', language), result.article.annotations.length, language).message);
      return false;
    }
    const record: ArticleRecord = { meta: result.article.meta, text: result.article.text, annotations: result.article.annotations, places: result.places, incidents: result.article.incidents };
    const isSaved = await onArticle(record);
    openedIdRef.current = record.meta.id;
    const found = record.annotations.length;
    messages.push(t('mentionsFound', language, record.meta.title, found, isSaved));
    return true;
  };

  // Every file goes through the door its content calls for (import-files.ts); each outcome is
  // reported, and only what was accepted reaches the store, so a refusal changes nothing.
  const openFiles = async (files: File[]) => {
    const messages: string[] = [];
    let isOk = true;
    setStatus({ type: 'working', label: t('readingFiles', language), fraction: 0 });
    try {
      const [gazetteer, opened] = await Promise.all([loadGazetteer(), Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })))]);
      const openArticles = [...records, ...(dataset?.articles ?? []).filter((a) => !records.some((r) => r.meta.id === a.meta.id)).map((a) => articleRecordFromLoaded(a, dataset?.places ?? knownPlaces))];
      const outcomes = await openThroughDoors(opened, { language, gazetteer, knownPlaces, openArticles, dataset });
      for (const outcome of outcomes) {
        messages.push(...outcome.warnings);
        // A sentence that already starts with its file (the text decoder's) is shown whole.
        messages.push(...outcome.problems.map((p) => (p.message.startsWith(p.file) ? p.message : t('problem', language, { where: p.file, field: p.field, message: p.message, fix: p.fix }))));
        if (outcome.status === 'refused') {
          isOk = false;
          continue;
        }
        if (outcome.text) isOk = (await openText(outcome.text, messages)) && isOk;
        else if (outcome.record) {
          await onArticle(outcome.record);
          openedIdRef.current = outcome.record.meta.id;
          messages.push(t('articleImported', language, outcome.record.meta.title));
        } else if (outcome.layer) {
          onLayer?.(outcome.layer);
          messages.push(t('layerImported', language, outcome.layer.name, outcome.layer.features.length, outcome.layer.kind));
        } else if (outcome.briefing) {
          onBriefing?.({ ok: true, briefing: outcome.briefing });
          messages.push(t('briefingChecked', language, outcome.briefing.title, Boolean(onBriefing)));
        }
      }
    } catch (error) {
      // A door that throws is a bug, but the analyst still gets a sentence and nothing is stored.
      isOk = false;
      messages.push(t('problem', language, { where: files.map((f) => f.name).join(', '), message: error instanceof Error ? error.message : String(error) }));
    }
    setStatus({ type: isOk ? 'done' : 'failed', messages });
  };

  const droppedRef = useRef<File[] | null>(null);
  useEffect(() => {
    if (droppedFiles && droppedFiles !== droppedRef.current) {
      droppedRef.current = droppedFiles;
      void openFiles(droppedFiles);
    }
  });

  const openPasted = async () => {
    const messages: string[] = [];
    setStatus({ type: 'working', label: t('reading', language), fraction: 0 });
    const isOk = await openText({ text }, messages);
    if (isOk) setText('');
    setStatus({ type: isOk ? 'done' : 'failed', messages });
  };

  const isWorking = status.type === 'working';
  return (
    <dialog ref={dialogRef} className="open-dialog" aria-labelledby="open-dialog-title" onClose={onClose} onCancel={onClose}>
      <h2 id="open-dialog-title">{t('openDialogTitle', language)}</h2>
      <p className="hint">
        {t('openDialogHint', language)}
      </p>
      <p className="hint">{t('openDialogFilesHint', language)}</p>
      <fieldset className="open-details" disabled={isWorking}>
        <legend>{t('openDetails', language)}</legend>
        {(['title', 'outlet', 'date', 'url'] as const).map((key) => (
          <label key={key}>
            {t(FIELD_LABELS[key], language)}
            <input
              value={details[key]}
              placeholder={key === 'date' ? t('datePlaceholder', language) : ''}
              onChange={(event) => setDetails((current) => ({ ...current, [key]: event.target.value }))}
            />
          </label>
        ))}
      </fieldset>
      <label className="file-picker">
        {t('files', language)}{' '}
        <input type="file" multiple accept={`${OPENABLE_FILE_TYPES},.topojson`} disabled={isWorking} onChange={(event) => event.target.files && void openFiles([...event.target.files])} />
      </label>
      <p className="hint">{t('dropHint', language)}</p>
      <label className="paste">
        {t('orPaste', language)}
        <textarea rows={6} value={text} disabled={isWorking} onChange={(event) => setText(event.target.value)} lang="" />
      </label>
      <div className="review-actions">
        <button type="button" disabled={isWorking || text.trim() === ''} onClick={() => void openPasted()}>
          {t('putOnMap', language)}
        </button>
        <button type="button" onClick={onClose}>
          {t('close', language)}
        </button>
      </div>
      {status.type === 'working' && (
        <p role="status" className="progress">
          <progress max={1} value={status.fraction} aria-label={status.label} /> {status.label}
        </p>
      )}
      {(status.type === 'done' || status.type === 'failed') && (
        <div ref={resultRef} tabIndex={-1} role={status.type === 'failed' ? 'alert' : 'status'} className={status.type === 'failed' ? 'open-problems' : 'open-result'}>
          <ul>
            {status.messages.map((message, index) => (
              <li key={index}>{message}</li>
            ))}
          </ul>
        </div>
      )}
    </dialog>
  );
}

function nonEmpty(details: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(details).filter(([, value]) => value.trim() !== '').map(([key, value]) => [key, value.trim()]));
}

const FIELD_LABELS: Record<'title' | 'outlet' | 'date' | 'url', PlainKey> = { title: 'fieldTitle', outlet: 'fieldOutlet', date: 'fieldDate', url: 'fieldUrl' };

const STAGE_LABELS: Record<PrepareProgress['stage'], PlainKey> = {
  reading: 'stageReading',
  geoparsing: 'stageGeoparsing',
  resolving: 'stageResolving',
  'building annotations': 'stageBuildingAnnotations',
  'coding incidents': 'stageCodingIncidents',
  done: 'stageDone',
};
