import { WidgetBoundary } from '@/components/feedback/WidgetBoundary';
import { KpiStrip } from '@/features/overview/components/KpiStrip';
import { RecentActivities } from '@/features/overview/components/RecentActivities';
import { useI18n } from '@/i18n';
import { AppHeader } from './AppHeader';

/** The first screen: how much, where, how many workers — without a click. */
export function OverviewPage() {
  const { t } = useI18n();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <main id="main" className="app-main" tabIndex={-1}>
        <WidgetBoundary>
          <KpiStrip />
        </WidgetBoundary>
        <div className="overview-grid">
          <WidgetBoundary>
            <RecentActivities />
          </WidgetBoundary>
        </div>
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}
