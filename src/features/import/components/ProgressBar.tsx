import { useI18n } from '@/i18n';
import { formatNumber } from '@/i18n/format';

/** A labelled progress bar; screen readers hear the percentage. */
export function ProgressBar({
  label,
  done,
  total,
  detail,
}: {
  label: string;
  done: number;
  total: number;
  detail?: string | undefined;
}) {
  const { lang } = useI18n();
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  return (
    <div className="import__progress" role="status">
      <div className="import__progress-label">
        <span>{label}</span>
        <span>{detail ?? `${formatNumber(percent, lang)}%`}</span>
      </div>
      <div
        className="import__progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="import__progress-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
