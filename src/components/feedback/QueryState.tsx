import type { UseQueryResult } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import { formatTime } from '@/i18n/format';
import { useI18n } from '@/i18n';
import { describeError } from './describe-error';
import './feedback.css';

/**
 * Inside presentation mode one discreet notice for the whole screen replaces the per-widget
 * stale banners (a room does not need six "retry" buttons).
 */
const QuietStaleContext = createContext(false);
export function QuietStaleNotices({ children }: { children: ReactNode }) {
  return <QuietStaleContext.Provider value>{children}</QuietStaleContext.Provider>;
}

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  /** What is loading, for the error title ("Key figures could not be loaded"). */
  what: string;
  /** Data present but nothing to show for this scope. */
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
  /** Height to reserve while loading, so the page does not jump. */
  minHeight?: number | string;
}

/**
 * The loading, error (with retry), empty and stale states of one widget. When a background
 * refresh fails the last good data stays on screen with its age.
 */
export function QueryState<T>({ query, what, isEmpty, children, minHeight }: QueryStateProps<T>) {
  const { t, lang } = useI18n();
  const quietStale = useContext(QuietStaleContext);
  const style = minHeight === undefined ? undefined : { minHeight };

  if (query.isPending) {
    return (
      <div className="state state--loading" role="status" style={style}>
        <span className="state__spinner" aria-hidden="true" />
        {t('state.loading')}
      </div>
    );
  }
  if (query.isError && query.data === undefined) {
    return (
      <div className="state state--error" role="alert" style={style}>
        <p className="state__title">{t('state.errorTitle', { what })}</p>
        <p className="state__detail">{describeError(query.error, t)}</p>
        <button type="button" className="button" onClick={() => void query.refetch()}>
          {t('state.retry')}
        </button>
      </div>
    );
  }
  const data = query.data as T;
  return (
    <>
      {query.isError && !quietStale && (
        <div className="state state--stale" role="status">
          <span>{t('state.stale', { time: formatTime(query.dataUpdatedAt, lang) })}</span>
          <span className="state__detail">{describeError(query.error, t)}</span>
          <button
            type="button"
            className="button button--small"
            onClick={() => void query.refetch()}
          >
            {t('state.retry')}
          </button>
        </div>
      )}
      {isEmpty?.(data) ? (
        <p className="state state--empty" style={style}>
          {t('state.empty')}
        </p>
      ) : (
        children(data)
      )}
    </>
  );
}
