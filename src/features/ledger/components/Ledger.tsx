import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import type { Activity, FundAllocation, GoodsKind, ListParams } from '@/api/contract';
import { activityQueries } from '@/api/resources/activities';
import { fundQueries } from '@/api/resources/funds';
import { useLookups } from '@/components/domain/use-lookups';
import { FilterBar } from '@/filters/FilterBar';
import type { LedgerView } from '@/filters/links';
import { useFilters } from '@/filters/use-filters';
import { hasAnyFilter, noFilters, writeFilters } from '@/filters/url-filters';
import { useI18n } from '@/i18n';
import '../i18n';
import {
  MAX_QUERY_LENGTH,
  RECENT_SORT,
  nextSort,
  parseLedgerParams,
  writeLedgerParams,
  type LedgerParams,
} from '../lib/params';
import { useActivityColumns, useFundColumns } from './columns';
import { ExportControls } from './ExportControls';
import { BLOCK_SIZE, LedgerGrid } from './LedgerGrid';
import { RecordDetails, type LedgerRecord } from './RecordDetails';
import './ledger.css';

const SEARCH_DELAY_MS = 300;

/** The search box: typing updates the URL's `q` after a pause, so each keystroke is not a request. */
function SearchBox({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const { t } = useI18n('ledger');
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  // The URL changed from outside (clear filters, back button): show what it says.
  if (value !== seen) {
    setSeen(value);
    setText(value);
  }
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => onChange(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  return (
    <div className="ledger-search" role="search">
      <label htmlFor="ledger-search-input" className="ledger-search__label">
        {t('search')}
      </label>
      <input
        id="ledger-search-input"
        type="search"
        className="ledger-search__input"
        value={text}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t('searchPlaceholder')}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onChange(text);
        }}
      />
      {text && (
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => {
            setText('');
            onChange('');
          }}
        >
          {t('clearSearch')}
        </button>
      )}
    </div>
  );
}

/**
 * The goods kinds the activities table is narrowed to (from a bar of the goods chart), each a
 * chip that removes it. Not a shared filter: it belongs to the activities table only.
 */
function GoodsChips({
  goods,
  onChange,
}: {
  goods: readonly GoodsKind[];
  onChange: (next: GoodsKind[]) => void;
}) {
  const { t } = useI18n('ledger');
  if (goods.length === 0) return null;
  const name = (kind: GoodsKind) => t(`goodsKind.${kind}`, { ns: 'common', defaultValue: kind });
  return (
    <ul className="ledger-chips" aria-label={t('goodsFilter.label')}>
      {goods.map((kind) => (
        <li key={kind} className="ledger-chip">
          <span>{t('goodsFilter.chip', { name: name(kind) })}</span>
          <button
            type="button"
            className="ledger-chip__remove"
            aria-label={t('goodsFilter.remove', { name: name(kind) })}
            onClick={() => onChange(goods.filter((g) => g !== kind))}
          >
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * The ledger: every activity and fund allocation in the shared scope, searchable and sortable,
 * each with where it comes from; exports of the whole filtered table.
 */
export function Ledger() {
  const { t } = useI18n('ledger');
  const search = useSearch();
  const [location, navigate] = useLocation();
  const { filters, recordFilters } = useFilters();
  const ledger = useMemo(() => parseLedgerParams(search), [search]);
  const lookups = useLookups();
  const [selected, setSelected] = useState<LedgerRecord | null>(null);

  const setLedger = useMemo(
    () =>
      (change: Partial<LedgerParams>, replace = false) =>
        navigate(`${location}${writeLedgerParams(search, change)}`, { replace }),
    [location, navigate, search],
  );
  const onSearch = useMemo(
    () => (q: string) => setLedger({ q: q.trim() ? q : '' }, true),
    [setLedger],
  );

  // The goods kinds narrow the activities only (fund allocations carry no goods).
  const goods = ledger.view === 'activities' ? ledger.goods : [];
  const params: ListParams = useMemo(
    () => ({
      ...recordFilters,
      ...(ledger.view === 'activities' && ledger.goods.length > 0
        ? { goodsKinds: ledger.goods }
        : {}),
      q: ledger.q.trim() || undefined,
      sort: ledger.sort,
    }),
    [recordFilters, ledger.view, ledger.goods, ledger.q, ledger.sort],
  );
  const scopeKey = JSON.stringify([ledger.view, params]);

  // The table's count, for the export ("all 1,234 records"): the grid's first block, shared.
  const head = { ...params, offset: 0, limit: BLOCK_SIZE };
  const activityHead = useQuery({
    ...activityQueries.list(head),
    enabled: ledger.view === 'activities',
  });
  const fundHead = useQuery({ ...fundQueries.list(head), enabled: ledger.view === 'funds' });
  const total = ledger.view === 'activities' ? activityHead.data?.total : fundHead.data?.total;

  const activityColumns = useActivityColumns(lookups);
  const fundColumns = useFundColumns(lookups);

  const clearAll = () => {
    const cleared = writeFilters(search, noFilters);
    navigate(`${location}${writeLedgerParams(cleared, { q: '', goods: [] })}`);
  };
  const empty = (
    <div className="state state--empty ledger-empty">
      <p className="ledger-empty__title">
        {ledger.q.trim() ? t('emptySearch', { q: ledger.q }) : t('empty')}
      </p>
      {(hasAnyFilter(filters) || ledger.q.trim() !== '' || goods.length > 0) && (
        <button type="button" className="button" onClick={clearAll}>
          {t('clearFilters')}
        </button>
      )}
    </div>
  );

  const views: LedgerView[] = ['activities', 'funds'];
  const recent = ledger.sort === RECENT_SORT;
  const selectedFresh = selected && selected.view === ledger.view ? selected : null;

  return (
    <>
      <FilterBar />
      <section className="panel ledger" aria-labelledby="ledger-title">
        <div className="ledger__header">
          <div>
            <h2 id="ledger-title" className="panel__title">
              {t('title')}
            </h2>
            <p className="panel__subtitle">{t('subtitle')}</p>
          </div>
          <ExportControls view={ledger.view} params={params} total={total} lookups={lookups} />
        </div>
        <div className="ledger__toolbar">
          <div className="ledger-views" role="group" aria-label={t('views')}>
            {views.map((v) => (
              <button
                key={v}
                type="button"
                className="ledger-views__button"
                aria-pressed={ledger.view === v}
                onClick={() => {
                  setSelected(null);
                  setLedger({ view: v });
                }}
              >
                {t(`view.${v}`)}
              </button>
            ))}
          </div>
          <SearchBox value={ledger.q} onChange={onSearch} />
          <button
            type="button"
            className="button button--ghost"
            aria-pressed={recent}
            title={t('recentHint')}
            onClick={() => setLedger({ sort: recent ? '-date' : RECENT_SORT })}
          >
            {t('recent')}
          </button>
          <GoodsChips goods={goods} onChange={(next) => setLedger({ goods: next })} />
        </div>
        <div className={`ledger__body${selectedFresh ? ' has-details' : ''}`}>
          {ledger.view === 'activities' ? (
            <LedgerGrid
              // One grid per table: the other table's rows must never stand in as placeholders.
              key="activities"
              label={t('tableLabel', { view: t('view.activities') })}
              columns={activityColumns}
              params={params}
              list={activityQueries.list}
              sort={ledger.sort}
              onSort={(field) => setLedger({ sort: nextSort(ledger.sort, field) })}
              selectedId={selectedFresh?.record.id ?? null}
              onSelect={(record: Activity) => setSelected({ view: 'activities', record })}
              empty={empty}
              scopeKey={scopeKey}
            />
          ) : (
            <LedgerGrid
              key="funds"
              label={t('tableLabel', { view: t('view.funds') })}
              columns={fundColumns}
              params={params}
              list={fundQueries.list}
              sort={ledger.sort}
              onSort={(field) => setLedger({ sort: nextSort(ledger.sort, field) })}
              selectedId={selectedFresh?.record.id ?? null}
              onSelect={(record: FundAllocation) => setSelected({ view: 'funds', record })}
              empty={empty}
              scopeKey={scopeKey}
            />
          )}
          {selectedFresh && (
            <RecordDetails
              selected={selectedFresh}
              lookups={lookups}
              onClose={() => {
                // Back to the row the details belong to (still marked selected until re-render).
                document
                  .querySelector<HTMLElement>('.ledger-grid__body-row[aria-selected="true"]')
                  ?.focus();
                setSelected(null);
              }}
            />
          )}
        </div>
      </section>
    </>
  );
}
