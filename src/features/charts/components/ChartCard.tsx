import { useId, useRef, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { IllustrativeMarker } from '@/components/domain/Provenance';
import { useI18n } from '@/i18n';
import { csvBlob, downloadBlob, exportFilename, toCsv, type CellValue } from '@/lib/export/csv';
import { CHARTS_NS } from '../i18n';

export interface TableColumn<R> {
  key: string;
  header: string;
  numeric?: boolean;
  cell: (row: R) => ReactNode;
  csv: (row: R) => CellValue;
}

export interface TableLink {
  href: string;
  label: string;
  text: string;
}

interface ChartCardProps<R> {
  chartId: string;
  title: string;
  unit: string;
  description: string;
  includesIllustrative: boolean;
  /** Shown instead of the chart when there is nothing to draw. */
  empty: string | null;
  notes?: readonly string[] | undefined;
  legend?: ReactNode;
  rows: readonly R[];
  rowKey: (row: R) => string;
  columns: readonly TableColumn<R>[];
  /** Ledger links of a row (one per record kind behind it). */
  rowLinks: (row: R) => readonly TableLink[];
  fileBase: string;
  children: ReactNode;
}

function cssVar(el: Element, name: string, fallback: string): string {
  return getComputedStyle(el).getPropertyValue(name).trim() || fallback;
}

/**
 * The frame every chart shares: a named region with a one-sentence description, a switch to a
 * data table (with a ledger link per row, so every bar is reachable by keyboard), PNG and CSV
 * exports, the illustrative marker and notes.
 */
export function ChartCard<R>({
  chartId,
  title,
  unit,
  description,
  includesIllustrative,
  empty,
  notes = [],
  legend,
  rows,
  rowKey,
  columns,
  rowLinks,
  fileBase,
  children,
}: ChartCardProps<R>) {
  const { t } = useI18n(CHARTS_NS);
  const { t: tc } = useI18n();
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const [asTable, setAsTable] = useState(false);
  const [message, setMessage] = useState('');
  const ref = useRef<HTMLElement>(null);

  const exportCsv = () => {
    const csv = toCsv([
      columns.map((c) => c.header),
      ...rows.map((r) => columns.map((c) => c.csv(r))),
    ]);
    downloadBlob(csvBlob(csv), exportFilename(fileBase, 'csv'));
  };

  const exportPng = async () => {
    const card = ref.current;
    const svg = card?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!card) return;
    if (!svg) {
      setMessage(t('chartNotDrawn'));
      return;
    }
    try {
      // Loaded on the first export, not with the overview's first screen, whose code includes
      // every chart's frame (a failed load reads as a failed export below).
      const { chartToPng } = await import('../lib/png');
      const root = document.documentElement;
      const blob = await chartToPng(svg, {
        title,
        subtitle: unit,
        background: cssVar(root, '--surface', '#ffffff'),
        textColor: cssVar(root, '--text-strong', '#0b1725'),
        mutedColor: cssVar(root, '--text-muted', '#4b5868'),
        fontFamily: getComputedStyle(card).fontFamily,
        fontSize: Number.parseFloat(getComputedStyle(root).fontSize) || 16,
      });
      downloadBlob(blob, exportFilename(fileBase, 'png'));
      setMessage('');
    } catch (e) {
      setMessage(t('exportFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <section
      ref={ref}
      className="panel chart-card"
      aria-labelledby={titleId}
      aria-describedby={descId}
      data-chart={chartId}
    >
      <div className="chart-card__header">
        <h2 id={titleId} className="panel__title chart-card__title">
          {title}
        </h2>
        {includesIllustrative && <IllustrativeMarker label={tc('provenance.marker')} />}
      </div>
      <p className="panel__subtitle chart-card__unit">{unit}</p>
      <p id={descId} className="chart-card__description">
        {description}
      </p>
      <div className="chart-card__tools">
        <button
          type="button"
          className="button button--ghost button--small"
          aria-pressed={asTable}
          onClick={() => setAsTable((v) => !v)}
        >
          {asTable ? t('showChart') : t('showTable')}
        </button>
        <button
          type="button"
          className="button button--ghost button--small"
          disabled={asTable || empty !== null}
          onClick={() => void exportPng()}
        >
          {t('exportPng')}
        </button>
        <button
          type="button"
          className="button button--ghost button--small"
          disabled={rows.length === 0}
          onClick={exportCsv}
        >
          {t('exportCsv')}
        </button>
        <span role="status" className="chart-card__status">
          {message}
        </span>
      </div>
      {asTable ? (
        rows.length === 0 ? (
          <p className="state state--empty">{t('empty')}</p>
        ) : (
          <div className="chart-table__scroll">
            <table className="chart-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  {columns.map((c) => (
                    <th
                      key={c.key}
                      scope="col"
                      className={c.numeric ? 'chart-table__num' : undefined}
                    >
                      {c.header}
                    </th>
                  ))}
                  <th scope="col">{t('table.records')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={rowKey(r)}>
                    {columns.map((c, i) =>
                      i === 0 ? (
                        <th key={c.key} scope="row" className="chart-table__name">
                          {c.cell(r)}
                        </th>
                      ) : (
                        <td key={c.key} className={c.numeric ? 'chart-table__num' : undefined}>
                          {c.cell(r)}
                        </td>
                      ),
                    )}
                    <td className="chart-table__links">
                      {rowLinks(r).map((link) => (
                        <Link key={link.href} href={link.href} aria-label={link.label}>
                          {link.text}
                        </Link>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : empty !== null ? (
        <p className="state state--empty chart-card__empty">{empty}</p>
      ) : (
        <div className="chart-card__chart">{children}</div>
      )}
      {!asTable && empty === null && legend}
      {notes.map((note) => (
        <p key={note} className="chart-card__note">
          {note}
        </p>
      ))}
    </section>
  );
}
