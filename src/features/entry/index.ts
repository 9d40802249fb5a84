/** What the app shell uses of the entry feature (the pages themselves are loaded lazily). */
export { PendingChanges } from './components/PendingChanges';
export { UserNameControl } from './components/UserNameControl';
export { ACTIVITY_PATH, FUND_PATH, activityEditPath, fundEditPath } from './paths';
import './header-i18n';
