import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { activityTypes } from '@/api/contract';
import { useLookups } from '@/components/domain/use-lookups';
import { DateInput } from '@/components/forms/DateInput';
import { useI18n } from '@/i18n';
import { formatDate, formatDateTime } from '@/i18n/format';
import { localName } from '@/i18n/localized';
import {
  FLOOD_START,
  datePresets,
  matchingPreset,
  presetRange,
  type DatePreset,
} from './date-range';
import { FILTERS_NS } from './i18n';
import { describeScope, type ScopeNames } from './scope-words';
import { useDataExtent } from './use-data-extent';
import { useFilters } from './use-filters';
import type { ViewFilters } from './url-filters';
import './filter-bar.css';

/** Marks the start of a filter change; the charts measure 'charts:render' from here. */
export const FILTER_CHANGE_MARK = 'filters:change';

/** What a date field hands over once its text reads as a day. */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_FIELDS = ['from', 'to'] as const;

interface Option {
  value: string;
  label: string;
}

function MultiSelect({
  label,
  options,
  selected,
  onChange,
  name,
}: {
  label: string;
  options: Option[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  name: string;
}) {
  const { t } = useI18n(FILTERS_NS);
  const ref = useRef<HTMLDetailsElement>(null);
  const chosen = options.filter((o) => selected.includes(o.value));
  const summary =
    chosen.length === 0
      ? t('all')
      : chosen.length <= 2
        ? chosen.map((o) => o.label).join(t('listSeparator'))
        : t('selected', { count: chosen.length });
  const onKeyDown = (e: KeyboardEvent<HTMLDetailsElement>) => {
    if (e.key === 'Escape' && ref.current?.open) {
      ref.current.open = false;
      ref.current.querySelector('summary')?.focus();
    }
  };
  return (
    <details className="filter-menu" ref={ref} onKeyDown={onKeyDown} data-filter={name}>
      <summary className="filter-menu__summary">
        <span className="filter-bar__label">{label}</span>
        <span className="filter-menu__value">{summary}</span>
      </summary>
      <fieldset className="filter-menu__list">
        <legend className="visually-hidden">{label}</legend>
        {options.map((o) => (
          <label key={o.value} className="filter-menu__option">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              checked={selected.includes(o.value)}
              onChange={(e) =>
                onChange(
                  e.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value),
                )
              }
            />
            <span>{o.label}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}

/**
 * The scope every widget on the page shares (dates, districts, types, organizations, facts
 * only), kept in the URL. Also states the scope in words and the data's as-of time, which the
 * printed report shows at its top.
 */
export function FilterBar() {
  const { t, lang } = useI18n(FILTERS_NS);
  const { t: tc } = useI18n();
  const { filters, setFilters, anyFilter, clearFilters } = useFilters();
  const lookups = useLookups();
  const { latestDay, asOf } = useDataExtent();
  const id = useId();
  const fromRef = useRef<HTMLInputElement>(null);
  // A date field's text that is not a day is kept in the field and said under the bar; the
  // scope keeps its last day until the text reads as one.
  const [unreadable, setUnreadable] = useState<{ from?: boolean; to?: boolean }>({});
  // "Clear all" and the presets also drop text left in a date field over no day at all: the
  // fields are drawn anew (their draft is their own state), as the scope they show is new.
  const [dateResets, setDateResets] = useState(0);
  const resetDates = () => {
    setUnreadable({});
    setDateResets((n) => n + 1);
  };

  const change = (next: Partial<ViewFilters>) => {
    performance.mark(FILTER_CHANGE_MARK);
    setFilters(next);
  };
  const clearAll = () => {
    performance.mark(FILTER_CHANGE_MARK);
    resetDates();
    clearFilters();
  };

  const districtOptions = useMemo<Option[]>(() => {
    const known = [...lookups.districts.values()].map((d) => ({
      value: d.code,
      label: localName(d.name, lang),
    }));
    const unknown = filters.districts
      .filter((c) => !lookups.districts.has(c))
      .map((c) => ({ value: c, label: c }));
    return [...known.sort((a, b) => a.value.localeCompare(b.value)), ...unknown];
  }, [lookups.districts, filters.districts, lang]);

  const organizationOptions = useMemo<Option[]>(() => {
    const known = [...lookups.organizations.values()]
      .map((o) => ({ value: o.id, label: localName(o.name, lang) }))
      .sort((a, b) => a.label.localeCompare(b.label, lang));
    const unknown = filters.organizations
      .filter((o) => !lookups.organizations.has(o))
      .map((o) => ({ value: o, label: o }));
    return [...known, ...unknown];
  }, [lookups.organizations, filters.organizations, lang]);

  const typeOptions = useMemo<Option[]>(
    () => activityTypes.map((type) => ({ value: type, label: tc(`activityType.${type}`) })),
    [tc],
  );

  const names: ScopeNames = {
    district: (c) => districtOptions.find((o) => o.value === c)?.label ?? c,
    organization: (o) => organizationOptions.find((x) => x.value === o)?.label ?? o,
    type: (type) => tc(`activityType.${type}`, { defaultValue: type }),
  };

  const preset = matchingPreset(filters, latestDay);
  const onPreset = (value: DatePreset) => {
    if (value === 'custom') {
      fromRef.current?.focus();
      return;
    }
    resetDates();
    change(presetRange(value, latestDay));
  };
  const onDate = (key: 'from' | 'to', value: string) => {
    const isDay = value === '' || ISO_DAY.test(value);
    setUnreadable((u) => ({ ...u, [key]: !isDay }));
    const day = value === '' ? undefined : value;
    if (isDay && day !== filters[key]) change({ [key]: day });
  };
  // What each date field's calendar offers: a start up to the end, an end from the start.
  const dateBounds = {
    from: { min: '2000-01-01', max: filters.to },
    to: { min: filters.from ?? FLOOD_START, max: undefined },
  };
  const dateErrorId = (key: (typeof DATE_FIELDS)[number]) => `${id}-${key}-error`;
  // Days typed without a year (8月7日) fall in the data's latest year.
  const dayYear = latestDay ? Number(latestDay.slice(0, 4)) : new Date().getFullYear();

  const hintId = `${id}-hint`;
  return (
    <section className="filter-bar" aria-label={t('region')} data-testid="filter-bar">
      <div className="filter-bar__controls">
        <label className="filter-bar__field">
          <span className="filter-bar__label">{t('period')}</span>
          <select
            className="filter-bar__input"
            value={preset}
            aria-describedby={latestDay ? hintId : undefined}
            onChange={(e) => onPreset(e.target.value as DatePreset)}
          >
            {datePresets.map((p) => (
              <option key={p} value={p} disabled={(p === 'last7' || p === 'last30') && !latestDay}>
                {t(`presets.${p}`)}
              </option>
            ))}
          </select>
        </label>
        {DATE_FIELDS.map((key) => (
          // Not wrapped in its label: the label would then also name the input after the
          // calendar button inside it.
          <div key={key} className="filter-bar__field">
            <label className="filter-bar__label" htmlFor={`${id}-${key}`}>
              {t(key)}
            </label>
            <DateInput
              key={dateResets}
              id={`${id}-${key}`}
              ref={key === 'from' ? fromRef : undefined}
              className="filter-bar__input"
              value={filters[key] ?? ''}
              min={dateBounds[key].min}
              max={dateBounds[key].max}
              defaultYear={dayYear}
              onChange={(value) => onDate(key, value)}
              aria-invalid={unreadable[key] || undefined}
              aria-describedby={unreadable[key] ? dateErrorId(key) : undefined}
            />
          </div>
        ))}
        <MultiSelect
          name="district"
          label={t('districts')}
          options={districtOptions}
          selected={filters.districts}
          onChange={(districts) => change({ districts })}
        />
        <MultiSelect
          name="type"
          label={t('types')}
          options={typeOptions}
          selected={filters.types}
          onChange={(types) => change({ types: types as ViewFilters['types'] })}
        />
        <MultiSelect
          name="org"
          label={t('organizations')}
          options={organizationOptions}
          selected={filters.organizations}
          onChange={(organizations) => change({ organizations })}
        />
        <label className="filter-bar__check">
          <input
            type="checkbox"
            checked={filters.excludeIllustrative}
            onChange={(e) => change({ excludeIllustrative: e.target.checked })}
          />
          <span>{t('factsOnly')}</span>
        </label>
        <button
          type="button"
          className="button button--ghost filter-bar__clear"
          // Also while a date field holds text that is not a day: clearing is a way out of it.
          disabled={!anyFilter && !unreadable.from && !unreadable.to}
          onClick={clearAll}
        >
          {t('clear')}
        </button>
      </div>
      {DATE_FIELDS.map(
        (key) =>
          unreadable[key] && (
            <p key={key} id={dateErrorId(key)} className="filter-bar__error" role="alert">
              {t('dateUnreadable', { field: t(key) })}
            </p>
          ),
      )}
      <p className="filter-bar__scope" data-testid="filter-scope">
        <span>
          {/* The label carries its language's colon: "当前范围：" but "Scope: ". */}
          <strong>{t('scope')}</strong>
          <span data-testid="scope-words">{describeScope(filters, names, t, lang)}</span>
        </span>
        {asOf && (
          <span className="filter-bar__asof" data-testid="data-as-of">
            {t('asOf', { time: formatDateTime(asOf, lang) })}
          </span>
        )}
        {latestDay && (
          <span id={hintId} className="filter-bar__hint">
            {t('anchorHint', { day: formatDate(latestDay, lang) })}
          </span>
        )}
      </p>
    </section>
  );
}
