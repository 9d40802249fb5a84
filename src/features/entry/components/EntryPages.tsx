import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { activityQueries } from '@/api/resources/activities';
import { fundQueries } from '@/api/resources/funds';
import { QueryState } from '@/components/feedback/QueryState';
import { useI18n } from '@/i18n';
import { ActivityEditor } from './ActivityEditor';
import { FundEditor } from './FundEditor';
import { preloadOutboxList } from './lazy-outbox-list';
import '../i18n';

/** A save on an entry page may be queued offline: the outbox's list must then be at hand. */
function usePreloadOutboxList() {
  useEffect(() => void preloadOutboxList(), []);
}

/** `/entry/activity` (new) and `/entry/activity/:id` (edit). */
export function ActivityEntryPage({ id }: { id?: string | undefined }) {
  usePreloadOutboxList();
  return id ? <EditActivity id={id} /> : <ActivityEditor key="new" record={null} />;
}

function EditActivity({ id }: { id: string }) {
  const { t } = useI18n('entry');
  const query = useQuery(activityQueries.detail(id));
  return (
    <QueryState query={query} what={t('page.activityRecord')} minHeight="12rem">
      {(record) => <ActivityEditor key={record.id} record={record} />}
    </QueryState>
  );
}

/** `/entry/fund` (new) and `/entry/fund/:id` (edit). */
export function FundEntryPage({ id }: { id?: string | undefined }) {
  usePreloadOutboxList();
  return id ? <EditFund id={id} /> : <FundEditor key="new" record={null} />;
}

function EditFund({ id }: { id: string }) {
  const { t } = useI18n('entry');
  const query = useQuery(fundQueries.detail(id));
  return (
    <QueryState query={query} what={t('page.fundRecord')} minHeight="12rem">
      {(record) => <FundEditor key={record.id} record={record} />}
    </QueryState>
  );
}
