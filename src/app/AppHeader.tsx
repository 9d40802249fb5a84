import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearch } from 'wouter';
import { resetDemoData } from '@/api/resources/demo';
import { env } from '@/config/env';
import { describeError } from '@/components/feedback/describe-error';
import { PendingChanges, UserNameControl } from '@/features/entry';
import { PrintButton } from '@/features/overview/components/PrintButton';
import { DemoStatusNotice } from './DemoStatusNotice';
import { changeLanguage, useI18n } from '@/i18n';
import './print.css';

function LanguageSwitch() {
  const { t, lang } = useI18n();
  const next = lang === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <button
      type="button"
      className="button button--ghost"
      lang={next}
      onClick={() => {
        // Keep a bookmarked ?lang= in step with the choice.
        const url = new URL(window.location.href);
        if (url.searchParams.has('lang')) {
          url.searchParams.set('lang', next);
          window.history.replaceState(window.history.state, '', url);
        }
        void changeLanguage(next);
      }}
    >
      <span className="visually-hidden">{t('app.language')}: </span>
      {t('app.switchTo')}
    </button>
  );
}

function ResetDemoButton() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState('');
  const reset = useMutation({
    mutationFn: resetDemoData,
    onSuccess: async () => {
      setMessage(t('app.resetDone'));
      await queryClient.invalidateQueries();
    },
    onError: (e) => setMessage(t('app.resetFailed', { message: describeError(e, t) })),
  });
  return (
    <>
      <button
        type="button"
        className="button button--ghost"
        disabled={reset.isPending}
        onClick={() => {
          if (window.confirm(t('app.resetConfirm'))) reset.mutate();
        }}
      >
        {t('app.resetDemo')}
      </button>
      <span role="status" className="app-header__status">
        {message}
      </span>
    </>
  );
}

export function AppHeader() {
  const { t } = useI18n();
  const search = useSearch();
  return (
    <header className="app-header">
      <div className="app-header__titles">
        <h1 className="app-header__title">{t('app.title')}</h1>
        <p className="app-header__subtitle">{t('app.subtitle')}</p>
      </div>
      <div className="app-header__actions">
        <UserNameControl />
        <PendingChanges />
        <span className="app-header__source">
          {t('app.dataSource')}:{' '}
          {env.useEmbeddedBackend ? t('app.embedded') : t('app.server', { url: env.apiBaseUrl })}
        </span>
        {env.useEmbeddedBackend && <ResetDemoButton />}
        <Link className="button button--ghost" href={`/present${search ? `?${search}` : ''}`}>
          {t('app.present')}
        </Link>
        <PrintButton />
        <LanguageSwitch />
      </div>
      {env.useEmbeddedBackend && <DemoStatusNotice />}
    </header>
  );
}
