import { useSyncExternalStore } from 'react';
import { Link, useSearch } from 'wouter';
import { useI18n } from '@/i18n';
import { userName } from '../lib/user-name';
import { ACTIVITY_PATH, FUND_PATH } from '../paths';
import '../i18n';

/** The page title and the way to the other kind of record (keeping the filter query). */
export function EntryPageHeader({
  title,
  current,
  isNew,
}: {
  title: string;
  current: 'activity' | 'fund';
  isNew: boolean;
}) {
  const { t } = useI18n('entry');
  const search = useSearch();
  const q = search ? `?${search}` : '';
  return (
    <div className="entry-page__head">
      <h2 id="entry-page-title" className="entry-page__title">
        {title}
      </h2>
      <nav className="entry-page__switch" aria-label={t('page.switchLabel')}>
        <Link
          href={`${ACTIVITY_PATH}${q}`}
          className="entry-tab"
          aria-current={current === 'activity' && isNew ? 'page' : undefined}
        >
          {t('page.newActivity')}
        </Link>
        <Link
          href={`${FUND_PATH}${q}`}
          className="entry-tab"
          aria-current={current === 'fund' && isNew ? 'page' : undefined}
        >
          {t('page.newFund')}
        </Link>
      </nav>
    </div>
  );
}

/** Reminds the user to give their name, which every saved record will carry. */
export function UserNameHint() {
  const { t } = useI18n('entry');
  const name = useSyncExternalStore(userName.subscribe, userName.getSnapshot);
  return (
    <p className="entry-field__hint">{name ? t('user.savingAs', { name }) : t('user.noName')}</p>
  );
}
