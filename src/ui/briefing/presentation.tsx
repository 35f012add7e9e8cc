import { useEffect, useRef, useState } from 'react';
import type { Briefing } from '../../core/briefing/briefing-schema';
import { nextSlideIndex, presentationKey, type PresentationCommand } from '../../core/briefing/presentation-keys';
import type { Dataset } from '../../core/dataset';
import { openBriefingChannel, type BriefingChannel } from '../../state/briefing-channel';
import { useDashboard } from '../../state/use-store';
import { t } from '../i18n';
import { useSlideMap } from './use-slide-map';
import { SlideText } from './slide-text';
import type { BriefingTheme } from './use-briefing-theme';

export interface PresentationProps {
  dataset: Dataset;
  briefing: Briefing;
  index: number;
  onIndexChange(index: number): void;
  onExit(): void;
  onExportPng(index: number): void;
  theme: BriefingTheme;
  onThemeChange(theme: BriefingTheme): void;
}

/**
 * The full-screen presentation: the slide's map (its own map, showing the briefing's article, with
 * the slide's camera, layers and highlights, and only the incidents its time window and filters let
 * through — the dashboard's own filters stay as they were),
 * its quoted passages with their citations and caveats, the slide number. Driven by the keyboard
 * like any presentation program, and by the presenter view over a BroadcastChannel.
 */
export function Presentation({ dataset, briefing, index, onIndexChange, onExit, onExportPng, theme, onThemeChange }: PresentationProps) {
  const language = useDashboard((s) => s.language);
  const rootRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<HTMLDivElement>(null);
  const channelRef = useRef<BriefingChannel | null>(null);
  const typedRef = useRef('');
  const [typed, setTyped] = useState('');
  const [isBlank, setIsBlank] = useState(false);
  const [startedAt] = useState(() => Date.now());
  const count = briefing.slides.length;
  const slide = briefing.slides[Math.min(index, count - 1)]!;
  // The map is published for tests as window.borderBriefPresentation.map; the slide it has
  // settled on is in the DOM (data-settled).
  const { settledId, drawn } = useSlideMap(mapRef, dataset, briefing.articleId, slide, { exposeAsTestHandle: 'presentation' });
  const isSettled = settledId === slide.id;

  // Latest values for the long-lived listeners below.
  const live = useRef({ index, count, isBlank, onIndexChange, onExit });
  useEffect(() => {
    live.current = { index, count, isBlank, onIndexChange, onExit };
  });

  useEffect(() => {
    const run = (command: PresentationCommand) => {
      const { index: current, count: total } = live.current;
      if (command.type === 'exit') return live.current.onExit();
      if (command.type === 'blank') return setIsBlank((blank) => !blank);
      const next = nextSlideIndex(current, command, total);
      setIsBlank(false);
      if (next !== current) live.current.onIndexChange(next);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target instanceof HTMLElement && event.target.closest('input, textarea, select')) return;
      // Enter and Space on a focused toolbar button press the button, not the slide.
      if ((event.key === 'Enter' || event.key === ' ') && event.target instanceof HTMLButtonElement && !typedRef.current) return;
      const result = presentationKey(event.key, typedRef.current);
      typedRef.current = result.typed;
      setTyped(result.typed);
      if (!result.isHandled) return;
      event.preventDefault();
      // The dashboard clears its selection on Esc; here Esc only leaves the presentation.
      event.stopImmediatePropagation();
      run(result.command);
    };
    window.addEventListener('keydown', onKeyDown, true);
    const channel = openBriefingChannel((message) => {
      if (message.type !== 'command' || message.briefingId !== briefing.id) return;
      if (message.command === 'hello') announce();
      else run({ type: message.command });
    });
    channelRef.current = channel;
    const announce = () => channel.post({ type: 'position', briefingId: briefing.id, index: live.current.index, isBlank: live.current.isBlank, startedAt });
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      channel.close();
      channelRef.current = null;
    };
  }, [briefing.id, startedAt]);

  useEffect(() => {
    channelRef.current?.post({ type: 'position', briefingId: briefing.id, index, isBlank, startedAt });
  }, [briefing.id, index, isBlank, startedAt]);

  useEffect(() => {
    const root = rootRef.current;
    root?.focus();
    if (root && document.fullscreenEnabled && !document.fullscreenElement) {
      root.requestFullscreen().catch(() => undefined); // refused without a user gesture: the overlay still fills the window
    }
    let wasFullscreen = false;
    const onChange = () => {
      // Chrome takes the first Esc to leave full screen and never passes it on: leave with it.
      if (document.fullscreenElement) wasFullscreen = true;
      else if (wasFullscreen) live.current.onExit();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  const openPresenter = () => {
    const hash = `#brief=${encodeURIComponent(briefing.id)}&slide=${index + 1}&presenter=1`;
    window.open(`${window.location.pathname}${window.location.search}${hash}`, 'border-brief-presenter', 'popup,width=1200,height=760');
  };

  return (
    <div ref={rootRef} className={`presentation theme-${theme}`} role="dialog" aria-modal="true" aria-label={t('briefingLabel', language, briefing.title)} tabIndex={-1} lang={language}>
      <div className="presentation-slide" data-testid="slide" data-slide-index={index} data-slide-id={slide.id} data-settled={isSettled ? 'true' : 'false'}>
        <div className="presentation-map" ref={mapRef} data-testid="slide-map" data-map-state={isSettled ? 'idle' : 'loading'} role="figure" aria-label={slide.title} />
        {/* Focusable: a long slide scrolls, and keyboard users must be able to scroll it too. */}
        <section className="presentation-text" aria-live="polite" tabIndex={0} aria-label={slide.title}>
          <p className="slide-number">
            {t('slideNumber', language, index + 1, count)}
          </p>
          <SlideText slide={slide} dataset={dataset} language={language} />
          {drawn && drawn.visibleIds && (
            <p className="slide-muted" data-testid="slide-incident-count" data-shown={drawn.shown} data-total={drawn.total}>
              {t('slideIncidentsShown', language, drawn.shown, drawn.total)}
            </p>
          )}
        </section>
      </div>
      {typed && (
        <div className="presentation-typed" role="status">
          {typed}
        </div>
      )}
      {isBlank && <div className="presentation-blank" data-testid="blank" onClick={() => setIsBlank(false)} />}
      <nav className="presentation-toolbar" aria-label={t('briefing', language)}>
        <button type="button" onClick={() => index > 0 && onIndexChange(index - 1)} disabled={index === 0}>
          ← {t('previous', language)}
        </button>
        <button type="button" onClick={() => index < count - 1 && onIndexChange(index + 1)} disabled={index >= count - 1}>
          {t('next', language)} →
        </button>
        <button type="button" onClick={openPresenter} title={t('presenterWindow', language)}>
          {t('presenterView', language)}
        </button>
        <button type="button" aria-pressed={theme === 'contrast'} onClick={() => onThemeChange(theme === 'contrast' ? 'standard' : 'contrast')}>
          {t('contrast', language)}
        </button>
        <button type="button" onClick={() => onExportPng(index)}>
          PNG
        </button>
        <button type="button" onClick={() => setIsBlank(true)}>
          {t('blank', language)}
        </button>
        <button type="button" onClick={onExit}>
          {t('exit', language)}
        </button>
        <span className="presentation-keys">{t('keysHelp', language)}</span>
      </nav>
    </div>
  );
}
