import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { useI18n } from '@/i18n';
import { MAX_USER_NAME, userName, writeUserName } from '../lib/user-name';
import '../header-i18n';
import './header.css';

/** "Your name", set once: every write carries it, so records say who made them. */
export function UserNameControl() {
  const { t } = useI18n('entry');
  const name = useSyncExternalStore(userName.subscribe, userName.getSnapshot);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const id = useId();

  useEffect(() => userName.refresh(), []);

  if (!editing) {
    return (
      <div className="entry-user">
        <span className="entry-user__name">
          {name ? t('user.recorder', { name }) : t('user.unset')}
        </span>
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => {
            setDraft(name);
            setEditing(true);
          }}
        >
          {name ? t('user.change') : t('user.set')}
        </button>
      </div>
    );
  }
  return (
    <form
      className="entry-user"
      onSubmit={(e) => {
        e.preventDefault();
        writeUserName(draft);
        setEditing(false);
      }}
    >
      <label htmlFor={id} className="entry-user__label">
        {t('user.label')}
      </label>
      <input
        id={id}
        className="entry-input entry-input--small"
        value={draft}
        maxLength={MAX_USER_NAME}
        autoComplete="name"
        // The user just asked to type their name.
        autoFocus
        onChange={(e) => setDraft(e.target.value)}
      />
      <button type="submit" className="button button--small">
        {t('user.save')}
      </button>
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={() => setEditing(false)}
      >
        {t('action.cancel')}
      </button>
    </form>
  );
}
