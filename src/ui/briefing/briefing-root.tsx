import { useContext, useEffect, useRef, useState } from 'react';
import { parseBriefing } from '../../core/briefing/briefing-schema';
import { serializeBriefing } from '../../core/briefing/serialize-briefing';
import { selectBorderRelation, selectBriefing, selectCanUndoBriefing, selectDataset } from '../../state/selectors';
import { useDashboard, useStoreApi } from '../../state/use-store';
import { DashboardMapContext } from '../dashboard-map-context';
import { useMapStyle } from '../use-map-style';
import { t } from '../i18n';
import { BriefingPanel, type ExportProgress } from './briefing-panel';
import { handoutFooter, handoutSlide } from './handout-content';
import { buildHandoutPdf } from './handout-pdf';
import { Presentation } from './presentation';
import { PresenterView } from './presenter-view';
import { renderSlideImages } from './render-slide-images';
import { slidePngs } from './slide-png';
import { useBriefingsInStore } from './use-briefings-in-store';
import { useBriefingTheme } from './use-briefing-theme';
import { downloadFile } from '../download-file';
import './briefing.css';

/**
 * Mount point of the briefing mode, rendered once in the dashboard header: the « Briefing »
 * button, the editor panel, the full-screen presentation, the presenter view (a second window,
 * opened by `#brief=ID&presenter=1`) and the handouts. What is shown and edited lives in the store
 * (its `briefing` slice); this component reads it and sends the user's actions back.
 */
export function BriefingRoot() {
  const isLoaded = useBriefingsInStore();
  return isLoaded ? <LoadedBriefingRoot /> : null;
}

function LoadedBriefingRoot() {
  const store = useStoreApi();
  const dataset = useDashboard(selectDataset);
  const language = useDashboard((s) => s.language);
  const briefing = useDashboard(selectBriefing);
  const canUndo = useDashboard(selectCanUndoBriefing);
  const mode = useDashboard((s) => s.briefing.mode);
  const problems = useDashboard((s) => s.briefing.problems);
  const [theme, setTheme] = useBriefingTheme();
  // What an export is doing now, and the PDF's notes option: passing states of this panel only.
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [withNotes, setWithNotes] = useState(false);
  const style = useMapStyle(dataset, language);
  const dashboardMap = useContext(DashboardMapContext);
  const border = useDashboard(selectBorderRelation);
  const dashboardFilters = useDashboard((s) => s.filters);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Which « ▶ » started the presentation, so leaving it gives the keyboard back to that button.
  const presentFromRef = useRef('all');
  const previousModeRef = useRef<string | null>(null);
  useEffect(() => {
    const previous = previousModeRef.current;
    previousModeRef.current = mode.type;
    if (previous === mode.type) return;
    const panel = () => document.querySelector<HTMLElement>('[data-testid="briefing-panel"]');
    if (mode.type === 'panel' && previous === 'presenting') {
      panel()?.querySelector<HTMLElement>(`[data-present-from="${presentFromRef.current}"]`)?.focus();
    } else if (mode.type === 'panel') panel()?.querySelector<HTMLElement>('[data-briefing-heading]')?.focus();
    else if (mode.type === 'closed' && previous !== null) buttonRef.current?.focus();
  }, [mode.type]);

  const addFromView = () => {
    store.addSlideFromView(dashboardMap.currentCamera(), t('newSlide', language));
  };

  const exportPdf = async () => {
    if (!briefing) return;
    const total = briefing.slides.length;
    setProgress({ label: 'PDF', done: 0, total });
    try {
      const images: string[] = [];
      await renderSlideImages(dataset, style, briefing.articleId, briefing.slides, (index, image) => {
        images[index] = image;
        setProgress({ label: 'PDF', done: index + 1, total });
      }, 'image/jpeg', border);
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
      await renderSlideImages(dataset, style, briefing.articleId, indices.map((i) => briefing.slides[i]!), async (n, image) => {
        const index = indices[n]!;
        const parts = await slidePngs(image, handoutSlide(briefing, index, dataset, language), footer, language);
        // A slide whose words need more than one image gets -a, -b… after its number.
        for (const [part, blob] of parts.entries()) downloadFile(`${briefing.id}-${String(index + 1).padStart(2, '0')}${parts.length > 1 ? String.fromCharCode(97 + part) : ''}.png`, blob);
        setProgress({ label: 'PNG', done: ++done, total: indices.length });
      }, 'image/png', border);
    } finally {
      setProgress(null);
    }
  };

  // A good file says so (the slides may look alike before and after); a bad one says why, in the panel's alert.
  const [importNotice, setImportNotice] = useState<string | null>(null);
  const importJson = async (file: File) => {
    const result = parseBriefing(file.name, await file.text(), dataset);
    store.importBriefing(result);
    setImportNotice(result.ok ? t('briefingImported', language, result.briefing.title, result.briefing.slides.length) : null);
  };

  if (!briefing) return null;
  const isOpen = mode.type !== 'closed';

  return (
    <>
      <button ref={buttonRef} type="button" className="briefing-button" aria-expanded={isOpen} title={t('openBriefing', language)} onClick={() => store.setBriefingMode(isOpen ? { type: 'closed' } : { type: 'panel' })}>
        {t('briefing', language)}
      </button>
      {mode.type === 'panel' && (
        <BriefingPanel
          briefing={briefing}
          language={language}
          canUndo={canUndo}
          problems={problems}
          importNotice={importNotice}
          progress={progress}
          withNotes={withNotes}
          onWithNotesChange={setWithNotes}
          onEdit={(edit) => store.editBriefing(edit)}
          dataset={dataset}
          dashboardFilters={dashboardFilters}
          onAddFromView={addFromView}
          onPresent={(index) => {
            presentFromRef.current = document.activeElement?.getAttribute('data-present-from') ?? 'all';
            store.setBriefingMode({ type: 'presenting', index });
          }}
          onExportJson={() => downloadFile(`${briefing.id}.json`, serializeBriefing(briefing), 'application/json')}
          onImportJson={(file) => void importJson(file)}
          onResetDraft={() => store.resetBriefing()}
          onExportPdf={() => void exportPdf()}
          onExportPngs={() => void exportPngs()}
          onClose={() => store.setBriefingMode({ type: 'closed' })}
        />
      )}
      {mode.type === 'presenting' && (
        <Presentation
          dataset={dataset}
          briefing={briefing}
          index={Math.min(mode.index, briefing.slides.length - 1)}
          onIndexChange={(index) => store.setBriefingMode({ type: 'presenting', index })}
          onExit={() => store.setBriefingMode({ type: 'panel' })}
          onExportPng={(index) => void exportPngs(index)}
          theme={theme}
          onThemeChange={setTheme}
        />
      )}
      {mode.type === 'presenter' && <PresenterView dataset={dataset} briefing={briefing} initialIndex={mode.index} theme={theme} />}
    </>
  );
}
