import { useEffect, useRef, useState } from 'react';
import type { Briefing, Slide } from '../../core/briefing/briefing-schema';
import type { Dataset } from '../../core/dataset';
import { openBriefingChannel, type BriefingChannel } from '../../state/briefing-channel';
import { useDashboard } from '../../state/use-store';
import { formatElapsed, t } from '../i18n';
import { SlideText } from './slide-text';
import type { BriefingTheme } from './use-briefing-theme';
import { useSlideMap } from './use-slide-map';

/**
 * The presenter view, in a second window: the current and the next slide, the notes and the
 * elapsed time. It follows the presentation over a BroadcastChannel and can drive it.
 */
export function PresenterView({ dataset, briefing, initialIndex, theme }: { dataset: Dataset; briefing: Briefing; initialIndex: number; theme: BriefingTheme }) {
  const language = useDashboard((s) => s.language);
  const [position, setPosition] = useState<{ index: number; isBlank: boolean; startedAt: number } | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const channelRef = useRef<BriefingChannel | null>(null);

  useEffect(() => {
    const channel = openBriefingChannel((message) => {
      if (message.type === 'position' && message.briefingId === briefing.id) setPosition({ index: message.index, isBlank: message.isBlank, startedAt: message.startedAt });
    });
    channelRef.current = channel;
    channel.post({ type: 'command', briefingId: briefing.id, command: 'hello' });
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      channel.close();
      clearInterval(timer);
    };
  }, [briefing.id]);

  const send = (command: 'next' | 'previous' | 'blank') => channelRef.current?.post({ type: 'command', briefingId: briefing.id, command });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = ({ ArrowRight: 'next', PageDown: 'next', ' ': 'next', ArrowLeft: 'previous', PageUp: 'previous', b: 'blank', B: 'blank' } as const)[event.key as 'b'];
      if (!command) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      channelRef.current?.post({ type: 'command', briefingId: briefing.id, command });
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [briefing.id]);

  const index = Math.min(position?.index ?? initialIndex, briefing.slides.length - 1);
  const current = briefing.slides[index]!;
  const next = briefing.slides[index + 1];
  const elapsedSeconds = position ? Math.max(0, Math.floor((now - position.startedAt) / 1000)) : 0;

  return (
    <div className={`presenter-view theme-${theme}`} data-testid="presenter-view" data-slide-index={index} lang={language}>
      <header className="presenter-header">
        <h1>
          {t('presenterView', language)} — {briefing.title}
        </h1>
        <p className="presenter-clock" aria-label={t('elapsed', language)} data-testid="elapsed">
          {formatElapsed(elapsedSeconds, language)}
        </p>
      </header>
      {!position && <p className="presenter-waiting" role="status">{t('waiting', language)}</p>}
      <div className="presenter-grid">
        <section className="presenter-current" aria-label={t('current', language)}>
          <p className="slide-number">
            {t('current', language)} · {index + 1} / {briefing.slides.length}
            {position?.isBlank && ` · ${t('blank', language)}`}
          </p>
          <SlideText slide={current} dataset={dataset} language={language} />
        </section>
        <aside className="presenter-side">
          <section className="presenter-next" aria-label={t('upNext', language)} data-testid="presenter-next">
            <p className="slide-number">{t('upNext', language)}</p>
            <h3 className="slide-title">{next ? `${index + 2}. ${next.title}` : t('lastSlide', language)}</h3>
            {next && <NextSlideMap dataset={dataset} articleId={briefing.articleId} slide={next} label={t('nextMap', language, next.title)} />}
          </section>
          <section className="presenter-notes" aria-label={t('notes', language)}>
            <p className="slide-number">{t('notes', language)}</p>
            <div className="notes-text">{current.notes}</div>
          </section>
          <div className="presenter-buttons">
            <button type="button" onClick={() => send('previous')}>
              ← {t('previous', language)}
            </button>
            <button type="button" onClick={() => send('next')}>
              {t('next', language)} →
            </button>
            <button type="button" onClick={() => send('blank')}>
              {t('blank', language)}
            </button>
          </div>
        </aside>
      </div>
    </div>
  );
}

/**
 * The next slide's map, as it will show (layers, highlights, camera), so the presenter sees what
 * comes before the room does. A live map of its own, with the briefing's article on it, settled
 * when `data-settled` is true.
 */
function NextSlideMap({ dataset, articleId, slide, label }: { dataset: Dataset; articleId: string; slide: Slide; label: string }) {
  const mapRef = useRef<HTMLDivElement>(null);
  const { settledId } = useSlideMap(mapRef, dataset, articleId, slide);
  return <div className="presenter-next-map" ref={mapRef} role="figure" aria-label={label} data-testid="presenter-next-map" data-slide-id={slide.id} data-settled={settledId === slide.id ? 'true' : 'false'} />;
}
