import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { Split } from '@/api/contract';
import { summaryQueries } from '@/api/resources/summary';
import { QueryState } from '@/components/feedback/QueryState';
import { useFilters } from '@/filters/use-filters';
import { useI18n } from '@/i18n';
import { formatCount, formatMoneyHeadline } from '@/i18n/format';
import '../i18n';

const total = (s: Split) => s.reported + s.illustrative + s.entered;

type Key = 'funds' | 'workers' | 'districts' | 'activities';

/** How long a changed figure stays highlighted: long enough to notice from across a room. */
const HIGHLIGHT_MS = 10_000;

/**
 * The headline figures in type large enough for a meeting room. A figure that changed at the
 * last refresh is outlined (no blinking: video walls flicker with animation).
 */
export function HeadlineKpis() {
  const { t, lang } = useI18n();
  const { recordFilters } = useFilters();
  const query = useQuery(summaryQueries.forScope(recordFilters));
  const previous = useRef<Record<Key, number> | null>(null);
  const [changed, setChanged] = useState<ReadonlySet<Key>>(new Set());

  const values: Record<Key, number> | null = query.data
    ? {
        funds: total(query.data.totals.fundsYuan),
        workers: total(query.data.totals.workersServed),
        districts: query.data.totals.districtsVisited,
        activities: total(query.data.totals.activities),
      }
    : null;
  const signature = values ? JSON.stringify(values) : '';

  useEffect(() => {
    if (!signature) return;
    const now = JSON.parse(signature) as Record<Key, number>;
    const before = previous.current;
    previous.current = now;
    if (!before) return;
    const diff = (Object.keys(now) as Key[]).filter((k) => now[k] !== before[k]);
    if (diff.length === 0) return;
    setChanged(new Set(diff));
    const timer = window.setTimeout(() => setChanged(new Set()), HIGHLIGHT_MS);
    return () => window.clearTimeout(timer);
  }, [signature]);

  return (
    <QueryState query={query} what={t('presentation:kpi.funds')}>
      {(summary) => {
        const totals = summary.totals;
        const cards: { key: Key; text: string; illustrative: boolean }[] = [
          {
            key: 'funds',
            // The overview card's form: "CNY 25,010,000" does not fit a room-sized card.
            text: formatMoneyHeadline(total(totals.fundsYuan), lang),
            illustrative: totals.fundsYuan.illustrative > 0,
          },
          {
            key: 'workers',
            text: formatCount(total(totals.workersServed), lang),
            illustrative: totals.workersServed.illustrative > 0,
          },
          {
            key: 'districts',
            text: formatCount(totals.districtsVisited, lang),
            illustrative: false,
          },
          {
            key: 'activities',
            text: formatCount(total(totals.activities), lang),
            illustrative: totals.activities.illustrative > 0,
          },
        ];
        return (
          <dl className="present-kpis">
            {cards.map((card) => (
              <div
                key={card.key}
                className="present-kpi"
                data-kpi={card.key}
                data-changed={changed.has(card.key) ? 'true' : undefined}
              >
                <dt>{t(`presentation:kpi.${card.key}`)}</dt>
                <dd className="present-kpi__value">{card.text}</dd>
                {card.illustrative && (
                  <dd className="present-kpi__note">{t('presentation:includesIllustrative')}</dd>
                )}
                {changed.has(card.key) && (
                  <dd className="present-kpi__changed">{t('presentation:changed')}</dd>
                )}
              </div>
            ))}
          </dl>
        );
      }}
    </QueryState>
  );
}
