import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useI18n } from '@/i18n';
import { clearDraft } from '../lib/drafts';
import type { OutboxResource } from '../lib/outbox';
import { scheduleDelete } from '../lib/pending-deletes';
import { ConfirmDialog } from './common';
import '../i18n';

/** Delete, after a confirmation; an "Undo" toast then holds the DELETE back for a few seconds. */
export function DeleteRecord({
  resource,
  id,
  label,
  draftKey,
  afterPath,
}: {
  resource: OutboxResource;
  id: string;
  label: string;
  draftKey: string;
  afterPath: string;
}) {
  const { t } = useI18n('entry');
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const search = useSearch();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" className="button button--danger-ghost" onClick={() => setAsking(true)}>
        {t('action.delete')}
      </button>
      {asking && (
        <ConfirmDialog
          title={t('deleteDialog.title')}
          body={t('deleteDialog.body', { label: label || t('field.record') })}
          confirmLabel={t('deleteDialog.confirm')}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            clearDraft(draftKey);
            scheduleDelete(queryClient, { resource, id, label });
            navigate(`${afterPath}${search ? `?${search}` : ''}`);
          }}
        />
      )}
    </>
  );
}
