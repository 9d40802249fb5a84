import { HeadlineKpis } from '@/features/presentation/components/HeadlineKpis';
import { LatestActivities } from '@/features/presentation/components/LatestActivities';
import {
  PresentationShell,
  type PresentationScene,
} from '@/features/presentation/components/PresentationShell';
import { WidgetBoundary } from '@/components/feedback/WidgetBoundary';
import { useI18n } from '@/i18n';

/** `/present`: the scenes a meeting room sees, composed from the features' widgets. */
export default function PresentPage() {
  const { t } = useI18n();
  const scenes: PresentationScene[] = [
    {
      id: 'map',
      title: t('presentation:scene.map'),
      content: (
        <WidgetBoundary>
          <HeadlineKpis />
        </WidgetBoundary>
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
