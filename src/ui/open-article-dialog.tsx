import { useEffect, useRef, useState } from 'react';
import type { ArticleRecord } from '../core/exchange/article-record';
import { EMPTY_INCIDENTS } from '../core/exchange/article-record';
import { OPENABLE_FILE_TYPES, isExportedDataFile } from '../core/exchange/export-file-names';
import { importArticleFiles } from '../core/exchange/import-article';
import { ArticleInputError, decodeArticleBytes } from '../core/ingest/decode-article-bytes';
import type { PrepareProgress } from '../core/ingest/prepare-article';
import type { Place } from '../core/types';
import { loadGazetteer } from '../core/gazetteer/load-gazetteer';
import { geoparseInWorker, prewarmGeoparser } from '../state/geoparse-client';
import { useDashboard } from '../state/use-store';

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
  const fr = language === 'fr';
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
      (progress) => setStatus({ type: 'working', label: stageLabel(progress, fr), fraction: progress.fraction }),
      { messageLanguage: language },
    );
    if (!result.ok) {
      messages.push(...result.problems.map((p) => `${p.file || input.name || (fr ? 'texte collé' : 'pasted text')}${p.field ? ` → ${p.field}` : ''} : ${p.message} ${p.fix}`));
      return false;
    }
    messages.push(...result.warnings);
    const record: ArticleRecord = { meta: result.article.meta, text: result.article.text, annotations: result.article.annotations, places: result.places, incidents: EMPTY_INCIDENTS };
    const isSaved = await onArticle(record);
    const found = record.annotations.length;
    messages.push(`${record.meta.title} — ${found} ${fr ? 'mentions trouvées' : 'mentions found'}${isSaved ? '' : fr ? ' (affiché, mais non enregistré dans ce navigateur)' : ' (shown, but not saved in this browser)'}`);
    return true;
  };

  const openFiles = async (files: File[]) => {
    const messages: string[] = [];
    let isOk = true;
    setStatus({ type: 'working', label: fr ? 'Lecture des fichiers…' : 'Reading the files…', fraction: 0 });
    const exchange = files.filter((file) => isExportedDataFile(file.name));
    if (exchange.length > 0) {
      const [gazetteer, contents] = await Promise.all([loadGazetteer(), Promise.all(exchange.map(async (file) => ({ name: file.name, content: await file.text() })))]);
      const result = await importArticleFiles(contents, { gazetteer, knownPlaces, messageLanguage: language });
      if (result.ok) {
        messages.push(...result.warnings);
        await onArticle(result.record);
        messages.push(`${result.record.meta.title} — ${fr ? 'importé' : 'imported'}`);
      } else {
        isOk = false;
        messages.push(...result.problems.map((p) => `${p.file}${p.field ? ` → ${p.field}` : ''} : ${p.message} ${p.fix}`));
      }
    }
    for (const file of files.filter((candidate) => !isExportedDataFile(candidate.name))) {
      try {
        const decoded = decodeArticleBytes(new Uint8Array(await file.arrayBuffer()), file.name, language);
        messages.push(...decoded.warnings);
        isOk = (await openText({ text: decoded.text, name: file.name.replace(/\.[^.]*$/, '') }, messages)) && isOk;
      } catch (error) {
        isOk = false;
        messages.push(error instanceof ArticleInputError ? error.message : `${file.name}: ${String(error)}`);
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
    setStatus({ type: 'working', label: fr ? 'Lecture…' : 'Reading…', fraction: 0 });
    const isOk = await openText({ text }, messages);
    if (isOk) setText('');
    setStatus({ type: isOk ? 'done' : 'failed', messages });
  };

  const isWorking = status.type === 'working';
  return (
    <dialog ref={dialogRef} className="open-dialog" aria-labelledby="open-dialog-title" onClose={onClose} onCancel={onClose}>
      <h2 id="open-dialog-title">{fr ? 'Ouvrir un article' : 'Open an article'}</h2>
      <p className="hint">
        {fr
          ? 'Texte brut en français ou en anglais (UTF-8, ou Windows-1252 converti), 1 Mio au plus. Les fichiers exportés par Border Brief s’importent aussi. Tout reste sur cette machine.'
          : 'Plain text in French or English (UTF-8, or Windows-1252 converted), 1 MiB at most. Files exported by Border Brief import too. Everything stays on this machine.'}
      </p>
      <fieldset className="open-details" disabled={isWorking}>
        <legend>{fr ? 'Détails (facultatifs)' : 'Details (optional)'}</legend>
        {(['title', 'outlet', 'date', 'url'] as const).map((key) => (
          <label key={key}>
            {fieldLabel(key, fr)}
            <input
              value={details[key]}
              placeholder={key === 'date' ? 'AAAA-MM-JJ' : ''}
              onChange={(event) => setDetails((current) => ({ ...current, [key]: event.target.value }))}
            />
          </label>
        ))}
      </fieldset>
      <label className="file-picker">
        {fr ? 'Fichiers' : 'Files'}{' '}
        <input type="file" multiple accept={OPENABLE_FILE_TYPES} disabled={isWorking} onChange={(event) => event.target.files && void openFiles([...event.target.files])} />
      </label>
      <p className="hint">{fr ? 'ou déposez les fichiers n’importe où sur la page.' : 'or drop the files anywhere on the page.'}</p>
      <label className="paste">
        {fr ? 'Ou collez le texte' : 'Or paste the text'}
        <textarea rows={6} value={text} disabled={isWorking} onChange={(event) => setText(event.target.value)} lang="" />
      </label>
      <div className="review-actions">
        <button type="button" disabled={isWorking || text.trim() === ''} onClick={() => void openPasted()}>
          {fr ? 'Placer sur la carte' : 'Put on the map'}
        </button>
        <button type="button" onClick={onClose}>
          {fr ? 'Fermer' : 'Close'}
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

function fieldLabel(key: 'title' | 'outlet' | 'date' | 'url', fr: boolean): string {
  const labels = { title: ['Titre', 'Title'], outlet: ['Média', 'Outlet'], date: ['Date de publication', 'Publication date'], url: ['Adresse (URL)', 'Address (URL)'] } as const;
  return labels[key][fr ? 0 : 1];
}

function stageLabel(progress: PrepareProgress, fr: boolean): string {
  const labels: Record<PrepareProgress['stage'], [string, string]> = {
    reading: ['Lecture du texte…', 'Reading the text…'],
    geoparsing: ['Recherche des lieux…', 'Finding the places…'],
    resolving: ['Choix des lieux…', 'Resolving the places…'],
    'building annotations': ['Création des annotations…', 'Building the annotations…'],
    done: ['Terminé', 'Done'],
  };
  return labels[progress.stage][fr ? 0 : 1];
}
