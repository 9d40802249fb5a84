import { useRef, useState } from 'react';
import type { ListParams } from '@/api/contract';
import { listActivities } from '@/api/resources/activities';
import { listFunds } from '@/api/resources/funds';
import type { Lookups } from '@/components/domain/use-lookups';
import { describeError } from '@/components/feedback/describe-error';
import type { LedgerView } from '@/filters/links';
import { i18n, useI18n } from '@/i18n';
import { formatNumber } from '@/i18n/format';
import { csvBlob, downloadBlob, exportFilename, toCsv } from '@/lib/export/csv';
import { xlsxBlob } from '@/lib/export/xlsx';
import { activityExportTable, fundExportTable, type ExportTable } from '../lib/export-rows';
import { fetchAllPages } from '../lib/fetch-all';

type Format = 'csv' | 'xlsx';
type Status =
  | { kind: 'idle' }
  | { kind: 'running'; format: Format; done: number; total: number }
  | { kind: 'done'; total: number; file: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

async function buildTable(
  view: LedgerView,
  params: ListParams,
  lookups: Lookups,
  signal: AbortSignal,
  onProgress: (done: number, total: number) => void,
): Promise<ExportTable> {
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const ctx = { t: i18n.getFixedT(lang, 'common'), lang, lookups } as const;
  if (view === 'activities') {
    const rows = await fetchAllPages(listActivities, params, { signal, onProgress });
    return activityExportTable(rows, ctx);
  }
  const rows = await fetchAllPages(listFunds, params, { signal, onProgress });
  return fundExportTable(rows, ctx);
}

/**
 * Export the whole filtered ledger (every matching row, not just those on screen) as CSV (UTF-8
 * with BOM, for Excel in Chinese) or XLSX, with progress and a cancel.
 */
export function ExportControls({
  view,
  params,
  total,
  lookups,
}: {
  view: LedgerView;
  /** Filters, search and order of the table; the export has the same rows in the same order. */
  params: ListParams;
  total: number | undefined;
  lookups: Lookups;
}) {
  const { t, lang } = useI18n('ledger');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const run = async (format: Format) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setStatus({ kind: 'running', format, done: 0, total: total ?? 0 });
    try {
      const table = await buildTable(view, params, lookups, abort.signal, (done, all) =>
        setStatus({ kind: 'running', format, done, total: all }),
      );
      abort.signal.throwIfAborted();
      const file = exportFilename(t(`export.filename.${view}`), format);
      const blob =
        format === 'csv'
          ? csvBlob(toCsv(table.rows))
          : await xlsxBlob(table.rows, { sheet: t(`export.sheet.${view}`), widths: table.widths });
      abort.signal.throwIfAborted();
      downloadBlob(blob, file);
      setStatus({ kind: 'done', total: table.rows.length - 1, file });
    } catch (e) {
      if (abort.signal.aborted) setStatus({ kind: 'cancelled' });
      else setStatus({ kind: 'failed', message: describeError(e, t) });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  };

  const running = status.kind === 'running';
  const nothing = total === 0;
  return (
    <div className="ledger-export" role="group" aria-label={t('export.label')}>
      <button
        type="button"
        className="button button--ghost"
        disabled={running || nothing || total === undefined}
        onClick={() => void run('csv')}
        aria-describedby="ledger-export-rows"
      >
        {t('export.csv')}
      </button>
      <button
        type="button"
        className="button button--ghost"
        disabled={running || nothing || total === undefined}
        onClick={() => void run('xlsx')}
        aria-describedby="ledger-export-rows"
      >
        {t('export.xlsx')}
      </button>
      {running && (
        <button
          type="button"
          className="button button--small"
          onClick={() => controller.current?.abort()}
        >
          {t('export.cancel')}
        </button>
      )}
      <span id="ledger-export-rows" className="ledger-export__rows">
        {nothing
          ? t('export.nothing')
          : total !== undefined && t('export.rows', { total: formatNumber(total, lang) })}
      </span>
      <span className="ledger-export__status" role="status">
        {status.kind === 'running' && (
          <>
            <progress max={status.total || 1} value={status.done} aria-hidden="true" />{' '}
            {t('export.progress', {
              done: formatNumber(status.done, lang),
              total: formatNumber(status.total, lang),
            })}
          </>
        )}
        {status.kind === 'done' &&
          t('export.done', { total: formatNumber(status.total, lang), file: status.file })}
        {status.kind === 'cancelled' && t('export.cancelled')}
      </span>
      {status.kind === 'failed' && (
        <span className="ledger-export__failed" role="alert">
          {t('export.failed', { message: status.message })}
        </span>
      )}
    </div>
  );
}
