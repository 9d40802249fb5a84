import { keepPreviousData, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { ListParams } from '@/api/contract';
import { useRootFontSize } from '@/components/charts/use-root-font-size';
import { describeError } from '@/components/feedback/describe-error';
import { useI18n } from '@/i18n';
import { formatNumber } from '@/i18n/format';
import { parseSort } from '../lib/params';

export interface Page<R> {
  items: R[];
  total: number;
  offset: number;
  limit: number;
}

export interface GridColumn<R> {
  key: string;
  label: string;
  /** CSS grid track, e.g. `minmax(11rem, 2fr)`. */
  width: string;
  /** The API's sort field, when the column can be sorted. */
  sortField?: string;
  align?: 'end';
  render: (row: R) => ReactNode;
}

/** Rows fetched per request while scrolling. */
export const BLOCK_SIZE = 100;
/** Row height in rem; the pixel value follows the root font size (larger on video walls). */
const ROW_REM = 2.6;
const HEAD_REM = 3;

interface LedgerGridProps<R extends { id: string }, K extends readonly unknown[]> {
  label: string;
  columns: GridColumn<R>[];
  params: ListParams;
  list: (params: ListParams) => UseQueryOptions<Page<R>, Error, Page<R>, K>;
  sort: string;
  onSort: (field: string) => void;
  selectedId: string | null;
  onSelect: (row: R) => void;
  /** Shown instead of the table when the scope holds no records. */
  empty: ReactNode;
  /** A key that changes with the scope, search and order: the table scrolls back to the top. */
  scopeKey: string;
}

/**
 * A table that stays smooth at 100,000 rows: only the rows in view are in the DOM, and rows are
 * fetched from the API in blocks of BLOCK_SIZE as they scroll into view (server-side filtering,
 * search and sort). Keyboard: ↑ ↓ PageUp PageDown Home End move between rows, Enter opens one.
 */
export function LedgerGrid<R extends { id: string }, K extends readonly unknown[]>({
  label,
  columns,
  params,
  list,
  sort,
  onSort,
  selectedId,
  onSelect,
  empty,
  scopeKey,
}: LedgerGridProps<R, K>) {
  const { t, lang } = useI18n('ledger');
  const rem = useRootFontSize();
  const rowHeight = Math.round(ROW_REM * rem);
  const headHeight = Math.round(HEAD_REM * rem);
  const scrollRef = useRef<HTMLDivElement>(null);

  const head = useQuery({
    ...list({ ...params, offset: 0, limit: BLOCK_SIZE }),
    placeholderData: keepPreviousData,
  });

  // The last good first block: when a new scope fails to load, its rows stay on screen.
  const [lastGood, setLastGood] = useState<Page<R> | undefined>(undefined);
  if (head.data && !head.isPlaceholderData && head.data !== lastGood) setLastGood(head.data);
  const failedWithoutData = head.isError && head.data === undefined;
  const total = failedWithoutData ? (lastGood?.items.length ?? 0) : (head.data?.total ?? 0);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component on scroll itself
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    paddingStart: headHeight,
    overscan: 8,
    // Hidden or not yet laid out (and jsdom): assume a viewport rather than render no rows.
    observeElementRect: (instance, cb) =>
      observeElementRect(instance, (rect) =>
        cb(rect.height > 0 ? rect : { width: rect.width || 1024, height: 24 * rowHeight }),
      ),
  });

  useEffect(() => {
    virtualizer.measure();
  }, [virtualizer, rowHeight, headHeight]);

  useEffect(() => {
    scrollRef.current?.scrollTo?.({ top: 0 });
    setActive(0);
  }, [scopeKey]);

  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items[items.length - 1]?.index ?? 0;
  const blockA = Math.floor(firstIndex / BLOCK_SIZE) * BLOCK_SIZE;
  const blockB = Math.floor(lastIndex / BLOCK_SIZE) * BLOCK_SIZE;
  const a = useQuery({
    ...list({ ...params, offset: blockA, limit: BLOCK_SIZE }),
    placeholderData: keepPreviousData,
    enabled: total > 0 && blockA > 0,
  });
  const b = useQuery({
    ...list({ ...params, offset: blockB, limit: BLOCK_SIZE }),
    placeholderData: keepPreviousData,
    enabled: total > 0 && blockB > 0 && blockB !== blockA,
  });

  const pages = failedWithoutData
    ? [lastGood]
    : [head.data, blockA > 0 ? a.data : undefined, b.data];
  const rowAt = (index: number): R | undefined => {
    for (const page of pages) {
      if (page && index >= page.offset && index < page.offset + page.items.length)
        return page.items[index - page.offset];
    }
    return undefined;
  };
  const updating = head.isPlaceholderData || (head.isFetching && !head.isFetched);
  const blockError = [a, b].find((q) => q.isError && q.data === undefined);
  const error = failedWithoutData ? head : blockError;

  // Keyboard focus: one row is in the tab order (roving tabindex).
  const [active, setActive] = useState(0);
  const [focusPending, setFocusPending] = useState(false);
  useEffect(() => {
    if (!focusPending) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      setFocusPending(false);
    }
  }, [focusPending, active, firstIndex, lastIndex]);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(total - 1, index));
    setActive(next);
    setFocusPending(true);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onRowKeyDown = (
    event: KeyboardEvent<HTMLDivElement>,
    index: number,
    row: R | undefined,
  ) => {
    const page = Math.max(1, items.length - 2);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: total - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if ((event.key === 'Enter' || event.key === ' ') && row) {
      event.preventDefault();
      onSelect(row);
    }
  };

  if (head.isPending) {
    return (
      <div className="state state--loading ledger-grid__state" role="status">
        <span className="state__spinner" aria-hidden="true" />
        {t('loadingRow')}
      </div>
    );
  }

  const template = columns.map((c) => c.width).join(' ');
  const activeIndex = Math.min(active, Math.max(0, total - 1));
  const { field: sortField, descending } = parseSort(sort);

  return (
    <div className="ledger-grid">
      <div className="ledger-grid__status">
        <span role="status">
          {t('count', {
            total: formatNumber(failedWithoutData ? total : (head.data?.total ?? 0), lang),
          })}
          {updating && <span className="ledger-grid__updating"> · {t('updating')}</span>}
        </span>
      </div>
      {error && (
        <div className="state state--stale ledger-grid__error" role="alert">
          <span>{t('rowFailed')}</span>
          <span className="state__detail">{describeError(error.error, t)}</span>
          <button
            type="button"
            className="button button--small"
            onClick={() => void error.refetch()}
          >
            {t('state.retry', { ns: 'common' })}
          </button>
        </div>
      )}
      {total === 0 && !updating ? (
        empty
      ) : (
        <div
          ref={scrollRef}
          className="ledger-grid__scroll"
          role="grid"
          aria-label={label}
          aria-rowcount={total + 1}
          aria-colcount={columns.length}
          aria-busy={updating || undefined}
          data-updating={updating || undefined}
        >
          <div className="ledger-grid__canvas" style={{ height: virtualizer.getTotalSize() }}>
            <div role="rowgroup" className="ledger-grid__head" style={{ height: headHeight }}>
              <div
                role="row"
                aria-rowindex={1}
                className="ledger-grid__row"
                style={{ gridTemplateColumns: template, height: headHeight }}
              >
                {columns.map((c, i) => {
                  const sorted = c.sortField !== undefined && c.sortField === sortField;
                  return (
                    <div
                      key={c.key}
                      role="columnheader"
                      aria-colindex={i + 1}
                      aria-sort={
                        sorted
                          ? descending
                            ? 'descending'
                            : 'ascending'
                          : c.sortField
                            ? 'none'
                            : undefined
                      }
                      className={`ledger-grid__th${c.align === 'end' ? ' ledger-grid__cell--end' : ''}`}
                    >
                      {c.sortField ? (
                        <button
                          type="button"
                          className="ledger-grid__sort"
                          onClick={() => onSort(c.sortField as string)}
                        >
                          <span>{c.label}</span>
                          <span aria-hidden="true" className="ledger-grid__sort-icon">
                            {sorted ? (descending ? '▼' : '▲') : '↕'}
                          </span>
                        </button>
                      ) : (
                        <span>{c.label}</span>
                      )}
                    </div>
                  );
                })}
              </div>
            </div>
            <div role="rowgroup">
              {items.map((item) => {
                const row = rowAt(item.index);
                const selected = row !== undefined && row.id === selectedId;
                return (
                  <div
                    key={item.key}
                    role="row"
                    aria-rowindex={item.index + 2}
                    aria-selected={selected}
                    data-index={item.index}
                    data-loaded={row ? 'true' : 'false'}
                    tabIndex={item.index === activeIndex ? 0 : -1}
                    className={`ledger-grid__row ledger-grid__body-row${selected ? ' is-selected' : ''}`}
                    style={{
                      gridTemplateColumns: template,
                      height: item.size,
                      transform: `translateY(${item.start}px)`,
                    }}
                    onClick={() => {
                      setActive(item.index);
                      if (row) onSelect(row);
                    }}
                    onKeyDown={(e) => onRowKeyDown(e, item.index, row)}
                    onFocus={() => setActive(item.index)}
                  >
                    {row ? (
                      columns.map((c, i) => (
                        <div
                          key={c.key}
                          role="gridcell"
                          aria-colindex={i + 1}
                          className={`ledger-grid__cell${c.align === 'end' ? ' ledger-grid__cell--end' : ''}`}
                        >
                          {c.render(row)}
                        </div>
                      ))
                    ) : (
                      <div
                        role="gridcell"
                        aria-colindex={1}
                        className="ledger-grid__cell ledger-grid__cell--loading"
                      >
                        {t('loadingRow')}
                      </div>
                    )}
                  </div>
                );
              })}
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
