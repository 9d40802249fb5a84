import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { Router, type BaseLocationHook, type BaseSearchHook } from 'wouter';
import { i18n } from '@/i18n';

/** Keeps <html lang> and the page title in the current language. */
function DocumentLanguage() {
  useEffect(() => {
    const apply = (lng: string) => {
      document.documentElement.lang = lng;
      document.title = i18n.t('app.title');
    };
    apply(i18n.language);
    i18n.on('languageChanged', apply);
    return () => i18n.off('languageChanged', apply);
  }, []);
  return null;
}

export function AppProviders({
  queryClient,
  children,
  location,
}: {
  queryClient: QueryClient;
  children: ReactNode;
  /** Tests: a memory location (wouter/memory-location) instead of the browser's. */
  location?: { hook: BaseLocationHook; searchHook: BaseSearchHook };
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <DocumentLanguage />
      {location ? (
        <Router hook={location.hook} searchHook={location.searchHook}>
          {children}
        </Router>
      ) : (
        <Router>{children}</Router>
      )}
    </QueryClientProvider>
  );
}
