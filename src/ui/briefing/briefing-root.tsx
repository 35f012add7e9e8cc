import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { briefingFromHash, hashWithBriefing, type BriefingLocation } from '../../core/briefing/briefing-hash';
import { parseBriefing, type Briefing, type Slide } from '../../core/briefing/briefing-schema';
import { serializeBriefing } from '../../core/briefing/serialize-briefing';
import type { Dataset, DataProblem } from '../../core/dataset';
import { findIncident, mentionsOfPlace } from '../../core/views/place-mentions';
import { incidentMapFeatures } from '../../map/incident-features';
import { briefingEditorReducer, createEditorState } from '../../state/briefing-editor';
import { forgetStoredBriefing, loadStoredBriefing, storeBriefing } from '../../state/briefing-storage';
import { useDashboard, useStoreApi } from '../../state/use-store';
import { useMapStyle } from '../use-map-style';
import { bt } from './briefing-i18n';
import { BriefingPanel, type ExportProgress } from './briefing-panel';
import { handoutFooter, handoutSlide } from './handout-content';
import { buildHandoutPdf } from './handout-pdf';
import { Presentation } from './presentation';
import { PresenterView } from './presenter-view';
import { renderSlideImages } from './render-slide-images';
import { slidePng } from './slide-png';
import { useBriefings } from './use-briefings';
import { useBriefingTheme } from './use-briefing-theme';
import { downloadFile } from '../download-file';
import './briefing.css';

type Mode = { type: 'closed' } | { type: 'panel' } | { type: 'presenting'; index: number } | { type: 'presenter'; index: number };

/**
 * Mount point of the briefing mode, rendered once in the dashboard header: the
 * « Briefing » button, the editor panel, the full-screen presentation, the presenter view (a
 * second window, opened by `#brief=ID&presenter=1`) and the handouts. `#brief=ID&slide=3` opens
 * slide 3.
 */
export function BriefingRoot({ dataset, isOpenAtStart = false }: { dataset: Dataset; /** Open the editor panel at once (the user already asked for the briefing). */ isOpenAtStart?: boolean }) {
  const loaded = useBriefings(dataset);
  if (!loaded) return null;
  return <LoadedBriefingRoot dataset={dataset} bundled={loaded.briefings} loadProblems={loaded.problems} isOpenAtStart={isOpenAtStart} />;
}

function LoadedBriefingRoot({ dataset, bundled, loadProblems, isOpenAtStart }: { dataset: Dataset; bundled: Briefing[]; loadProblems: DataProblem[]; isOpenAtStart: boolean }) {
  const store = useStoreApi();
  const language = useDashboard((s) => s.language);
  const articleId = useDashboard((s) => s.articleId);
  const [theme, setTheme] = useBriefingTheme();
  const [activeId, setActiveId] = useState(() => briefingFromHash(window.location.hash)?.briefingId ?? bundled.find((b) => b.articleId === articleId)?.id ?? bundled[0]?.id ?? '');
  const original = bundled.find((briefing) => briefing.id === activeId) ?? bundled[0];
  const [editor, dispatch] = useReducer(briefingEditorReducer, original, (initial) => createEditorState((initial && loadStoredBriefing(window.localStorage, initial.id, dataset)) ?? initial!));
  const briefing = editor.briefing;
  const [mode, setMode] = useState<Mode>(() => {
    const fromHash = modeFromHash(window.location.hash, bundled);
    return fromHash.type === 'closed' && isOpenAtStart ? { type: 'panel' } : fromHash;
  });
  const [problems, setProblems] = useState<DataProblem[]>(loadProblems);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [withNotes, setWithNotes] = useState(false);
  const style = useMapStyle(dataset, language);
  const incidents = useMemo(() => incidentMapFeatures(dataset.articles.flatMap((article) => article.incidents)), [dataset]);

  // Edits persist across reloads; the untouched draft is not stored, so a new derivation shows.
  useEffect(() => {
    if (briefing && editor.past.length > 0) storeBriefing(window.localStorage, briefing);
  }, [briefing, editor.past.length]);

  useEffect(() => {
    const onHashChange = () => {
      const location = briefingFromHash(window.location.hash);
      if (!location) return setMode((current) => (current.type === 'presenting' || current.type === 'presenter' ? { type: 'closed' } : current));
      if (location.briefingId !== activeId && bundled.some((b) => b.id === location.briefingId)) setActiveId(location.briefingId);
      setMode(location.isPresenter ? { type: 'presenter', index: location.slideIndex } : { type: 'presenting', index: location.slideIndex });
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [activeId, bundled]);

  useEffect(() => {
    if (!original || original.id === briefing?.id) return;
    dispatch({ type: 'replace', briefing: loadStoredBriefing(window.localStorage, original.id, dataset) ?? original });
  }, [original, briefing?.id, dataset]);

  const setLocation = useCallback((location: BriefingLocation | null) => {
    const hash = hashWithBriefing(window.location.hash, location);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}` || window.location.pathname);
  }, []);

  const present = useCallback(
    (index: number) => {
      if (!briefing) return;
      setMode({ type: 'presenting', index });
      setLocation({ briefingId: briefing.id, slideIndex: index, isPresenter: false });
    },
    [briefing, setLocation],
  );

  const addFromView = () => {
    if (!briefing) return;
    const map = window.borderBrief?.map;
    const { selection, layers } = store.getState();
    const article = dataset.articles.find((candidate) => candidate.meta.id === (articleId ?? briefing.articleId)) ?? dataset.articles[0];
    const incident = selection?.type === 'incident' ? findIncident(dataset.articles, selection.id)?.incident : undefined;
    const place = selection?.type === 'place' ? dataset.places.find((candidate) => candidate.id === selection.id) : undefined;
    const center = map?.getCenter();
    const camera: Slide['camera'] = map && center ? { center: [round(center.lng, 6), round(center.lat, 6)], zoom: round(map.getZoom(), 2), bearing: round(map.getBearing(), 1), pitch: round(map.getPitch(), 1) } : briefing.slides[0]!.camera;
    dispatch({
      type: 'add',
      slide: {
        title: incident?.properties.title[language] ?? place?.name[language] ?? bt('newSlide', language),
        camera,
        layers: { ...layers },
        placeIds: place ? [place.id] : [],
        incidentIds: incident ? [incident.properties.id] : [],
        annotationIds: incident ? [...incident.properties.annotation_ids] : place && article ? mentionsOfPlace([article], place.id).map((m) => m.annotationId) : [],
        notes: '',
      },
    });
  };

  const exportPdf = async () => {
    if (!briefing) return;
    const total = briefing.slides.length;
    setProgress({ label: 'PDF', done: 0, total });
    try {
      const images: string[] = [];
      await renderSlideImages(dataset, style, incidents, briefing.slides, (index, image) => {
        images[index] = image;
        setProgress({ label: 'PDF', done: index + 1, total });
      }, 'image/jpeg');
      const bytes = await buildHandoutPdf(briefing, dataset, language, images, { withNotes });
      downloadFile(`${briefing.id}.pdf`, new Blob([bytes], { type: 'application/pdf' }));
    } finally {
      setProgress(null);
    }
  };

  const exportPngs = async (only?: number) => {
    if (!briefing) return;
    const indices = only === undefined ? briefing.slides.map((_, i) => i) : [only];
    const footer = handoutFooter(briefing, dataset, language, new Date());
    setProgress({ label: 'PNG', done: 0, total: indices.length });
    try {
      let done = 0;
      await renderSlideImages(dataset, style, incidents, indices.map((i) => briefing.slides[i]!), async (n, image) => {
        const index = indices[n]!;
        downloadFile(`${briefing.id}-${String(index + 1).padStart(2, '0')}.png`, await slidePng(image, handoutSlide(briefing, index, dataset, language), footer));
        setProgress({ label: 'PNG', done: ++done, total: indices.length });
      });
    } finally {
      setProgress(null);
    }
  };

  const importJson = async (file: File) => {
    const result = parseBriefing(file.name, await file.text(), dataset);
    if (!result.ok) return setProblems(result.problems);
    setProblems([]);
    if (result.briefing.id !== briefing?.id) setActiveId(result.briefing.id);
    dispatch({ type: 'replace', briefing: result.briefing });
    storeBriefing(window.localStorage, result.briefing);
  };

  if (!briefing) return null;
  const isOpen = mode.type !== 'closed';

  return (
    <>
      <button type="button" className="briefing-button" aria-expanded={isOpen} title={bt('openBriefing', language)} onClick={() => setMode(isOpen ? { type: 'closed' } : { type: 'panel' })}>
        {bt('briefing', language)}
      </button>
      {mode.type === 'panel' && (
        <BriefingPanel
          briefing={briefing}
          language={language}
          canUndo={editor.past.length > 0}
          problems={problems}
          progress={progress}
          withNotes={withNotes}
          onWithNotesChange={setWithNotes}
          onEdit={dispatch}
          onAddFromView={addFromView}
          onPresent={present}
          onExportJson={() => downloadFile(`${briefing.id}.json`, serializeBriefing(briefing), 'application/json')}
          onImportJson={(file) => void importJson(file)}
          onResetDraft={() => {
            if (!original) return;
            forgetStoredBriefing(window.localStorage, original.id);
            dispatch({ type: 'replace', briefing: original });
          }}
          onExportPdf={() => void exportPdf()}
          onExportPngs={() => void exportPngs()}
          onClose={() => setMode({ type: 'closed' })}
        />
      )}
      {mode.type === 'presenting' && (
        <Presentation
          dataset={dataset}
          briefing={briefing}
          index={Math.min(mode.index, briefing.slides.length - 1)}
          onIndexChange={(index) => {
            setMode({ type: 'presenting', index });
            setLocation({ briefingId: briefing.id, slideIndex: index, isPresenter: false });
          }}
          onExit={() => {
            setMode({ type: 'panel' });
            setLocation(null);
          }}
          onExportPng={(index) => void exportPngs(index)}
          theme={theme}
          onThemeChange={setTheme}
        />
      )}
      {mode.type === 'presenter' && <PresenterView dataset={dataset} briefing={briefing} initialIndex={mode.index} theme={theme} />}
    </>
  );
}

function modeFromHash(hash: string, briefings: readonly Briefing[]): Mode {
  const location = briefingFromHash(hash);
  if (!location || !briefings.some((briefing) => briefing.id === location.briefingId)) return { type: 'closed' };
  return location.isPresenter ? { type: 'presenter', index: location.slideIndex } : { type: 'presenting', index: location.slideIndex };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
