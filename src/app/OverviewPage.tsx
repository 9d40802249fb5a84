import { WidgetBoundary } from '@/components/feedback/WidgetBoundary';
import { ChartsSection } from '@/features/charts/components/ChartsSection';
import { FilterBar } from '@/filters/FilterBar';
import { KpiStrip } from '@/features/overview/components/KpiStrip';
import { RecentActivities } from '@/features/overview/components/RecentActivities';
import { ReliefMap } from '@/features/map/components/ReliefMap';
import { AppShell } from './AppShell';

/** The first screen: how much, where, how many workers — without a click. */
export function OverviewPage() {
  return (
    <AppShell>
      <WidgetBoundary>
        <FilterBar />
      </WidgetBoundary>
      <WidgetBoundary>
        <KpiStrip />
      </WidgetBoundary>
      <div className="overview-grid">
        <WidgetBoundary>
          <ReliefMap />
        </WidgetBoundary>
        <WidgetBoundary>
          <ChartsSection />
        </WidgetBoundary>
        <WidgetBoundary>
          <RecentActivities />
        </WidgetBoundary>
      </div>
    </AppShell>
  );
}
