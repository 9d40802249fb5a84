import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Switch } from 'wouter';
import { useI18n } from '@/i18n';
import { WidgetBoundary } from '@/components/feedback/WidgetBoundary';
import { usePresentationDocument } from '@/features/presentation/hooks/usePresentationDocument';
import { AppShell } from './AppShell';
import { OverviewPage } from './OverviewPage';

const PresentPage = lazy(() => import('./PresentPage'));
const Ledger = lazy(() =>
  import('@/features/ledger/components/Ledger').then((m) => ({ default: m.Ledger })),
);
const ActivityEntryPage = lazy(() =>
  import('@/features/entry/components/EntryPages').then((m) => ({
    default: m.ActivityEntryPage,
  })),
);
const FundEntryPage = lazy(() =>
  import('@/features/entry/components/EntryPages').then((m) => ({ default: m.FundEntryPage })),
);
const ImportPage = lazy(() =>
  import('@/features/import/components/ImportPage').then((m) => ({ default: m.ImportPage })),
);

function Loading() {
  const { t } = useI18n();
  return (
    <div className="state state--loading" role="status">
      <span className="state__spinner" aria-hidden="true" />
      {t('state.loading')}
    </div>
  );
}

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

/** Presentation mode's loading state is already dark: a meeting-room wall does not flash white. */
function PresentationLoading() {
  usePresentationDocument();
  return <Loading />;
}

/**
 * Routes. The overview is in the first bundle; every other screen is loaded with React.lazy so
 * the first paint stays small (see issue "Performance at scale").
 */
export function App() {
  return (
    <Switch>
      <Route path="/">
        <OverviewPage />
      </Route>
      <Route path="/ledger">
        <AppShell>
          <WidgetBoundary>
            <Lazy>
              <Ledger />
            </Lazy>
          </WidgetBoundary>
        </AppShell>
      </Route>
      <Route path="/import">
        <AppShell>
          <WidgetBoundary>
            <Lazy>
              <ImportPage />
            </Lazy>
          </WidgetBoundary>
        </AppShell>
      </Route>
      <Route<{ id?: string }> path="/entry/activity/:id?">
        {(params) => (
          <AppShell>
            <WidgetBoundary>
              <Lazy>
                <ActivityEntryPage id={params.id} />
              </Lazy>
            </WidgetBoundary>
          </AppShell>
        )}
      </Route>
      <Route<{ id?: string }> path="/entry/fund/:id?">
        {(params) => (
          <AppShell>
            <WidgetBoundary>
              <Lazy>
                <FundEntryPage id={params.id} />
              </Lazy>
            </WidgetBoundary>
          </AppShell>
        )}
      </Route>
      <Route path="/present">
        <Suspense fallback={<PresentationLoading />}>
          <PresentPage />
        </Suspense>
      </Route>
      <Route>
        <OverviewPage />
      </Route>
    </Switch>
  );
}
