import type { ReactNode } from 'react';
import { Link, useSearch } from 'wouter';
import { QuietStaleNotices } from '@/components/feedback/QueryState';
import { useI18n } from '@/i18n';
import { formatTime } from '@/i18n/format';
import { useIdleCursor } from '../hooks/useIdleCursor';
import { usePresentationDocument } from '../hooks/usePresentationDocument';
import { useLiveRefresh } from '../hooks/useLiveRefresh';
import { toggleFullscreen, usePresenterKeys } from '../hooks/usePresenterKeys';
import { useRotation } from '../hooks/useRotation';
import { useWakeLock } from '../hooks/useWakeLock';
import { parsePresentationSettings } from '../lib/settings';
import '../i18n';
import '../present.css';

export interface PresentationScene {
  id: string;
  title: string;
  content: ReactNode;
}

/**
 * Full-screen rotation through scenes for meeting-room screens. Only the current scene is
 * mounted, so charts and map layers of hidden scenes hold no memory and no timers.
 */
export function PresentationShell({
  title,
  scenes,
}: {
  title: string;
  scenes: PresentationScene[];
}) {
  const { t, lang } = useI18n();
  const search = useSearch();
  const settings = parsePresentationSettings(search);
  const rotation = useRotation(scenes.length, settings.sceneSeconds * 1000, settings.startPaused);
  const live = useLiveRefresh(settings.refreshSeconds * 1000);
  const wakeLock = useWakeLock();
  const idle = useIdleCursor();
  usePresentationDocument();
  usePresenterKeys({
    next: () => rotation.step(1),
    previous: () => rotation.step(-1),
    togglePause: rotation.togglePause,
    toggleFullscreen,
  });

  const scene = scenes[rotation.index];
  const exitParams = new URLSearchParams(search);
  for (const name of ['interval', 'refresh', 'paused']) exitParams.delete(name);
  const exitQuery = exitParams.toString();

  return (
    <div className="present" data-idle={idle ? 'true' : undefined}>
      <header className="present__bar">
        <h1 className="present__title">{title}</h1>
        <div className="present__status">
          <p className="present__as-of" data-testid="as-of">
            {live.lastSuccessAt
              ? t('presentation:asOf', { time: formatTime(live.lastSuccessAt, lang) })
              : t('presentation:waiting')}
          </p>
          {live.stale && live.lastSuccessAt && (
            <p className="present__stale" role="status">
              {t('presentation:stale', { time: formatTime(live.lastSuccessAt, lang) })}
            </p>
          )}
          {wakeLock === 'denied' && (
            <p className="present__warning">{t('presentation:wakeLockDenied')}</p>
          )}
        </div>
      </header>

      <main className="present__stage">
        {scene && (
          <section
            className="present__scene"
            aria-labelledby="present-scene-title"
            data-scene={scene.id}
          >
            <h2 id="present-scene-title" className="present__scene-title">
              {scene.title}
            </h2>
            <div className="present__scene-body">
              <QuietStaleNotices>{scene.content}</QuietStaleNotices>
            </div>
          </section>
        )}
      </main>

      <footer className="present__controls">
        <nav aria-label={t('presentation:scenes')}>
          <ol className="present__indicator">
            {scenes.map((s, i) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="present__dot"
                  aria-current={i === rotation.index ? 'step' : undefined}
                  onClick={() => rotation.goTo(i)}
                >
                  <span className="present__dot-number">{i + 1}</span>
                  <span className="present__dot-label">{s.title}</span>
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <p className="present__position" aria-live="polite">
          {t('presentation:sceneOf', { n: rotation.index + 1, count: scenes.length })}
          {rotation.paused && ` · ${t('presentation:paused')}`}
        </p>
        <div className="present__buttons">
          <button type="button" className="button button--ghost" onClick={() => rotation.step(-1)}>
            ← {t('presentation:previous')}
          </button>
          <button type="button" className="button button--ghost" onClick={rotation.togglePause}>
            {rotation.paused ? t('presentation:resume') : t('presentation:pause')}
          </button>
          <button type="button" className="button button--ghost" onClick={() => rotation.step(1)}>
            {t('presentation:next')} →
          </button>
          <button type="button" className="button button--ghost" onClick={toggleFullscreen}>
            {t('presentation:fullscreen')}
          </button>
          <Link className="button button--ghost" href={`/${exitQuery ? `?${exitQuery}` : ''}`}>
            {t('presentation:exit')}
          </Link>
        </div>
        <p className="present__hint">{t('presentation:keysHint')}</p>
      </footer>
    </div>
  );
}
