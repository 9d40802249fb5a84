import { Route, Switch } from 'wouter';
import { OverviewPage } from './OverviewPage';

export function App() {
  return (
    <Switch>
      <Route component={OverviewPage} />
    </Switch>
  );
}
