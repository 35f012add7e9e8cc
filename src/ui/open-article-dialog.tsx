import { useEffect, useRef, useState } from 'react';
import type { ArticleRecord } from '../core/exchange/article-record';
import { OPENABLE_FILE_TYPES, isExportedDataFile } from '../core/exchange/export-file-names';
import { importArticleFiles } from '../core/exchange/import-article';
import { ArticleInputError, decodeArticleBytes } from '../core/ingest/decode-article-bytes';
import type { PrepareProgress } from '../core/ingest/prepare-article';
import type { Place } from '../core/types';
import { loadGazetteer } from '../core/gazetteer/load-gazetteer';
import { geoparseInWorker, prewarmGeoparser } from '../state/geoparse-client';
import { useDashboard } from '../state/use-store';
import { t, type PlainKey } from './i18n';

interface Props {
  isOpen: boolean;
  onClose: () => void;
  /** Stores and shows an article; resolves false when it could not be saved. */
  onArticle: (record: ArticleRecord) => Promise<boolean>;
  knownPlaces: readonly Place[];
  /** Files dropped on the dashboard, handed in to open at once. */
  droppedFiles: File[] | null;
}

type Status = { type: 'idle' } | { type: 'working'; label: string; fraction: number } | { type: 'done'; messages: string[] } | { type: 'failed'; messages: string[] };

/**
 * Opens an article: a text file (picked or dropped) or pasted text is geoparsed in a Web Worker,
 * with its progress shown; files exported by Border Brief are imported back. Each result is
 * stored in the browser and shown on the map. Bad input says what is wrong and changes nothing.
 */
export function OpenArticleDialog({ isOpen, onClose, onArticle, knownPlaces, droppedFiles }: Props) {
  const language = useDashboard((s) => s.language);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [details, setDetails] = useState({ title: '', outlet: '', date: '', url: '' });
  const [status, setStatus] = useState<Status>({ type: 'idle' });

  useEffect(() => prewarmGeoparser(), []);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal?.();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);

  const openText = async (input: { text: string; name?: string }, messages: string[]) => {
    const result = await geoparseInWorker(
      { text: input.text, ...(input.name ? { name: input.name } : {}), ...nonEmpty(details) },
      (progress) => setStatus({ type: 'working', label: t(STAGE_LABELS[progress.stage], language), fraction: progress.fraction }),
      { messageLanguage: language },
    );
    if (!result.ok) {
      messages.push(...result.problems.map((p) => t('problem', language, { where: p.file || input.name || t('pastedText', language), field: p.field, message: p.message, fix: p.fix })));
      return false;
    }
    messages.push(...result.warnings);
    const record: ArticleRecord = { meta: result.article.meta, text: result.article.text, annotations: result.article.annotations, places: result.places, incidents: result.article.incidents };
    const isSaved = await onArticle(record);
    const found = record.annotations.length;
    messages.push(t('mentionsFound', language, record.meta.title, found, isSaved));
    return true;
  };

  const openFiles = async (files: File[]) => {
    const messages: string[] = [];
    let isOk = true;
    setStatus({ type: 'working', label: t('readingFiles', language), fraction: 0 });
    const exchange = files.filter((file) => isExportedDataFile(file.name));
    if (exchange.length > 0) {
      const [gazetteer, contents] = await Promise.all([loadGazetteer(), Promise.all(exchange.map(async (file) => ({ name: file.name, content: await file.text() })))]);
      const result = await importArticleFiles(contents, { gazetteer, knownPlaces, messageLanguage: language });
      if (result.ok) {
        messages.push(...result.warnings);
        await onArticle(result.record);
        messages.push(t('articleImported', language, result.record.meta.title));
      } else {
        isOk = false;
        messages.push(...result.problems.map((p) => t('problem', language, { where: p.file, field: p.field, message: p.message, fix: p.fix })));
      }
    }
    for (const file of files.filter((candidate) => !isExportedDataFile(candidate.name))) {
      try {
        const decoded = decodeArticleBytes(new Uint8Array(await file.arrayBuffer()), file.name, language);
        messages.push(...decoded.warnings);
        isOk = (await openText({ text: decoded.text, name: file.name.replace(/\.[^.]*$/, '') }, messages)) && isOk;
      } catch (error) {
        isOk = false;
        messages.push(error instanceof ArticleInputError ? error.message : t('problem', language, { where: file.name, message: String(error) }));
      }
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
        <input type="file" multiple accept={OPENABLE_FILE_TYPES} disabled={isWorking} onChange={(event) => event.target.files && void openFiles([...event.target.files])} />
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
        <div role={status.type === 'failed' ? 'alert' : 'status'} className={status.type === 'failed' ? 'open-problems' : 'open-result'}>
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
