import { WidgetBoundary } from '@/components/feedback/WidgetBoundary';
import { useEffect } from 'react';
import { ChartsSection } from '@/features/charts/components/ChartsSection';
import { preloadChartsSoon } from '@/features/charts/components/lazy-charts';
import { ReliefMap } from '@/features/map/components/ReliefMap';
import { HeadlineKpis } from '@/features/presentation/components/HeadlineKpis';
import { LatestActivities } from '@/features/presentation/components/LatestActivities';
import {
  PresentationShell,
  type PresentationScene,
} from '@/features/presentation/components/PresentationShell';
import { useI18n } from '@/i18n';

/** `/present`: the scenes a meeting room sees, composed from the features' widgets. */
export default function PresentPage() {
  const { t } = useI18n();
  // The chart scenes come later in the rotation: load their code once the first scene is up
  // (or at the first key press), so it is ready before the first chart scene.
  useEffect(() => preloadChartsSoon(3000), []);
  const scenes: PresentationScene[] = [
    {
      id: 'map',
      title: t('presentation:scene.map'),
      content: (
        <div className="present-scene present-scene--map">
          <div>
            <WidgetBoundary>
              <HeadlineKpis />
            </WidgetBoundary>
          </div>
          <div>
            <WidgetBoundary>
              <ReliefMap />
            </WidgetBoundary>
          </div>
        </div>
      ),
    },
    {
      id: 'funds',
      title: t('presentation:scene.funds'),
      content: (
        <div className="present-scene present-scene--charts">
          <WidgetBoundary>
            <ChartsSection only={['fundsBySource', 'fundsByDistrict']} eager fit />
          </WidgetBoundary>
        </div>
      ),
    },
    {
      id: 'workers',
      title: t('presentation:scene.workers'),
      content: (
        <div className="present-scene present-scene--charts">
          <WidgetBoundary>
            <ChartsSection only={['workersByDistrict', 'activitiesByType']} eager fit />
          </WidgetBoundary>
        </div>
      ),
    },
    {
      id: 'latest',
      title: t('presentation:scene.latest'),
      content: (
        <WidgetBoundary>
          <LatestActivities />
        </WidgetBoundary>
      ),
    },
  ];
  return <PresentationShell title={t('app.title')} scenes={scenes} />;
}
