/**
 * The outbox panel's list: each change waiting to be sent, refused or in conflict, with what to
 * do about it. Not part of the header's first load; when it loads: lazy-outbox-list.ts.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useSyncExternalStore } from 'react';
import {
  activityInputSchema,
  activitySchema,
  fundAllocationInputSchema,
  fundAllocationSchema,
} from '@/api/contract';
import { invalidateRecords } from '@/api/mutations';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/i18n/format';
import { localName } from '@/i18n/localized';
import { describeActivity, describeFund, type Row } from '../lib/describe';
import { outbox, type OutboxEntry } from '../lib/outbox';
import { isOnline, subscribeOnline } from '../lib/outbox-sync';
import { pendingSites, type PendingSite } from '../lib/pending-sites';
import { ConflictView, useDescribeContext } from './common';
import '../i18n';
import './entry.css';

function rowsOf(entry: OutboxEntry, ctx: ReturnType<typeof useDescribeContext>) {
  const { lookups, t, lang } = ctx;
  if (entry.resource === 'sites') return null;
  if (entry.resource === 'activities') {
    const mine = activityInputSchema.safeParse(entry.input);
    const theirs = activitySchema.safeParse(entry.current);
    if (!mine.success || !theirs.success) return null;
    return {
      mine: describeActivity(mine.data, lookups, t, lang),
      theirs: describeActivity(theirs.data, lookups, t, lang),
      current: theirs.data,
    };
  }
  const mine = fundAllocationInputSchema.safeParse(entry.input);
  const theirs = fundAllocationSchema.safeParse(entry.current);
  if (!mine.success || !theirs.success) return null;
  return {
    mine: describeFund(mine.data, lookups, t, lang) as Row[],
    theirs: describeFund(theirs.data, lookups, t, lang) as Row[],
    current: theirs.data,
  };
}

/** Names of the sites a queued activity was at, including sites that are queued themselves. */
function siteNames(
  entry: OutboxEntry,
  ctx: ReturnType<typeof useDescribeContext>,
  queuedSites: ReadonlyMap<string, PendingSite>,
): string[] {
  if (entry.resource !== 'activities') return [];
  const input = activityInputSchema.safeParse(entry.input);
  if (!input.success) return [];
  return input.data.siteIds.map((id) => {
    const site = ctx.lookups.sites.get(id) ?? queuedSites.get(id);
    return site ? localName(site.name, ctx.lang) : id;
  });
}

/** Drops a change from the outbox: one the server refused, or a conflict that cannot be shown. */
function DiscardButton({ seq }: { seq: number }) {
  const { t } = useI18n('entry');
  return (
    <button
      type="button"
      className="button button--small button--ghost"
      onClick={() => void outbox.remove(seq)}
    >
      {t('outbox.discard')}
    </button>
  );
}

function EntryItem({
  entry,
  flush,
  queuedSites,
}: {
  entry: OutboxEntry;
  flush: () => Promise<void>;
  queuedSites: ReadonlyMap<string, PendingSite>;
}) {
  const { t, lang } = useI18n('entry');
  const queryClient = useQueryClient();
  const ctx = useDescribeContext();
  const conflict = entry.status === 'conflict' ? rowsOf(entry, ctx) : null;
  const sites = siteNames(entry, ctx, queuedSites);
  return (
    <li className={`entry-outbox__item entry-outbox__item--${entry.status}`}>
      <p className="entry-outbox__line">
        <span className="entry-outbox__what">
          {t(`outbox.op.${entry.op}`)} · {t(`outbox.resource.${entry.resource}`)}
        </span>{' '}
        <span className="entry-outbox__label">{entry.label || t('field.record')}</span>{' '}
        <span className="entry-outbox__when">{formatDateTime(entry.queuedAt, lang)}</span>{' '}
        <strong>{t(`outbox.status.${entry.status}`)}</strong>
      </p>
      {sites.length > 0 && (
        <p className="entry-outbox__sites">
          {t('site.atSites', { names: sites.join(lang === 'zh-CN' ? '、' : ', ') })}
        </p>
      )}
      {entry.status === 'rejected' && (
        <>
          <p className="entry-field__error">{entry.error}</p>
          <DiscardButton seq={entry.seq} />
        </>
      )}
      {entry.status === 'conflict' &&
        (conflict ? (
          <ConflictView
            headingLevel={4}
            mine={conflict.mine}
            theirs={conflict.theirs}
            theirsBy={conflict.current}
            onKeepMine={() =>
              void outbox
                .update({
                  ...entry,
                  status: 'pending',
                  version: conflict.current.version,
                  current: undefined,
                })
                .then(flush)
            }
            onTakeTheirs={() =>
              void outbox.remove(entry.seq).then(() => invalidateRecords(queryClient))
            }
          />
        ) : (
          <DiscardButton seq={entry.seq} />
        ))}
    </li>
  );
}

export function OutboxList({
  entries,
  flush,
}: {
  entries: readonly OutboxEntry[];
  flush: () => Promise<void>;
}) {
  const { t } = useI18n('entry');
  const queuedSites = useMemo(
    () => new Map(pendingSites(entries).map((site) => [site.id, site])),
    [entries],
  );
  // Offline, nothing can be sent now: the panel says so, and offers no "send now".
  const online = useSyncExternalStore(subscribeOnline, isOnline);
  const pending = entries.filter((e) => e.status === 'pending').length;
  if (entries.length === 0) return <p className="entry-field__hint">{t('outbox.empty')}</p>;
  return (
    <>
      <p className="entry-field__hint">{online ? t('outbox.online') : t('outbox.offline')}</p>
      <ol className="entry-outbox__list">
        {entries.map((e) => (
          <EntryItem key={e.seq} entry={e} flush={flush} queuedSites={queuedSites} />
        ))}
      </ol>
      {pending > 0 && online && (
        <button type="button" className="button button--small" onClick={() => void flush()}>
          {t('outbox.sendNow')}
        </button>
      )}
    </>
  );
}
