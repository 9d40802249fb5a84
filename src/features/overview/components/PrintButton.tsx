import { useI18n } from '@/i18n';
import '../i18n';

/** Opens the browser's print dialog; the print stylesheet (src/app/print.css) lays out an A4 report. */
export function PrintButton() {
  const { t } = useI18n('overview');
  return (
    <button type="button" className="button button--ghost" onClick={() => window.print()}>
      {t('print')}
    </button>
  );
}
