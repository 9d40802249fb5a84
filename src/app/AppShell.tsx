import type { ReactNode } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { useI18n } from '@/i18n';
import { AppHeader } from './AppHeader';

/**
 * The screens staff move between. Each keeps the current filter scope (the query string), so
 * "Fangshan, first week" stays selected from the overview to the ledger and back.
 */
const navItems: { path: string; labelKey: string }[] = [
  { path: '/', labelKey: 'app.overview' },
  { path: '/ledger', labelKey: 'app.ledger' },
  { path: '/import', labelKey: 'app.import' },
  { path: '/entry/activity', labelKey: 'entry:nav.record' },
];

function PrimaryNav() {
  const { t } = useI18n();
  const [location] = useLocation();
  const search = useSearch();
  const query = search ? `?${search}` : '';
  return (
    <nav className="app-nav" aria-label={t('app.navigation')}>
      <ul>
        {navItems.map((item) => (
          <li key={item.path}>
            <Link
              href={`${item.path}${query}`}
              className="app-nav__link"
              aria-current={location === item.path ? 'page' : undefined}
            >
              {t(item.labelKey)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Header, navigation, main landmark and footer around every staff screen. */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <PrimaryNav />
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}
