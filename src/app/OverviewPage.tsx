import { WidgetBoundary } from '@/components/feedback/WidgetBoundary';
import { KpiStrip } from '@/features/overview/components/KpiStrip';
import { RecentActivities } from '@/features/overview/components/RecentActivities';
import { AppShell } from './AppShell';

/** The first screen: how much, where, how many workers — without a click. */
export function OverviewPage() {
  return (
    <AppShell>
      <WidgetBoundary>
        <KpiStrip />
      </WidgetBoundary>
      <div className="overview-grid">
        <WidgetBoundary>
          <RecentActivities />
        </WidgetBoundary>
      </div>
    </AppShell>
  );
}
