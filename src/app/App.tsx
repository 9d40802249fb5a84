import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Switch } from 'wouter';
import { useI18n } from '@/i18n';
import { OverviewPage } from './OverviewPage';

const PresentPage = lazy(() => import('./PresentPage'));

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
      <Route path="/present">
        <Lazy>
          <PresentPage />
        </Lazy>
      </Route>
      <Route>
        <OverviewPage />
      </Route>
    </Switch>
  );
}
