import { useQueryClient } from '@tanstack/react-query';
import {
  Suspense,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { useI18n } from '@/i18n';
import { invalidateRecords } from '@/api/mutations';
import { outbox } from '../lib/outbox';
import { flushOutbox, isOnline } from '../lib/outbox-sync';
import { dismissFailure, pendingDeletes, undoDelete } from '../lib/pending-deletes';
import { LazyOutboxList, preloadOutboxList } from './lazy-outbox-list';
import '../header-i18n';
import './header.css';

const RETRY_MS = 15_000;

/** Sends the outbox now, and refreshes what is on screen if anything went out. */
function useFlush() {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    if (!isOnline()) return;
    const result = await flushOutbox();
    if (result.sent > 0 || result.conflicts > 0) await invalidateRecords(queryClient);
  }, [queryClient]);
}

/** "Undo" toasts for deletions still held back, and deletions the server refused. */
function DeleteToasts() {
  const { t } = useI18n('entry');
  const queryClient = useQueryClient();
  const state = useSyncExternalStore(pendingDeletes.subscribe, pendingDeletes.getSnapshot);
  if (state.pending.length === 0 && state.failures.length === 0) return null;
  return (
    <div className="entry-toasts">
      {state.pending.map((p) => (
        <div key={p.id} className="entry-toast" role="status">
          <span>{t('toast.deleted', { label: p.label || t('field.record') })}</span>
          <button
            type="button"
            className="button button--small"
            onClick={() => undoDelete(queryClient, p.id)}
          >
            {t('toast.undo')}
          </button>
        </div>
      ))}
      {state.failures.map((f) => (
        <div key={f.id} className="entry-toast entry-toast--error" role="alert">
          <span>{t('toast.deleteFailed', { label: f.label, message: f.message })}</span>
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => dismissFailure(f.id)}
          >
            {t('action.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}

/**
 * The header's count of changes not yet on the server. Sends them when the network returns
 * (the `online` event), on a timer, and on demand; lists them, with conflicts to resolve.
 */
export function PendingChanges() {
  const { t } = useI18n('entry');
  const entries = useSyncExternalStore(outbox.subscribe, outbox.getSnapshot);
  const flush = useFlush();
  const [open, setOpen] = useState(false);
  const anchorRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  // The panel hangs from the button's right edge; where the header has wrapped the button to
  // the left of the window, it is moved right so that it stays on screen.
  const [shift, setShift] = useState(0);
  useLayoutEffect(() => {
    if (!open || !anchorRef.current || !panelRef.current) return;
    const right = anchorRef.current.getBoundingClientRect().right;
    setShift(Math.min(0, right - panelRef.current.offsetWidth - 8));
  }, [open]);
  const panelId = useId();
  const pending = entries.filter((e) => e.status === 'pending').length;
  const problems = entries.length - pending;
  // Mounted from the first opening on, so closing and reopening keeps its place.
  const [everOpened, setEverOpened] = useState(false);
  if (open && !everOpened) setEverOpened(true);

  const hasEntries = entries.length > 0;
  useEffect(() => {
    if (hasEntries) void preloadOutboxList();
  }, [hasEntries]);

  useEffect(() => {
    void outbox.load().then(flush);
    const onOnline = () => void flush();
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [flush]);

  useEffect(() => {
    if (pending === 0) return;
    const timer = setInterval(() => void flush(), RETRY_MS);
    return () => clearInterval(timer);
  }, [pending, flush]);

  return (
    <div className="entry-pending" ref={anchorRef}>
      <button
        type="button"
        className={`button button--ghost entry-pending__button${entries.length > 0 ? ' entry-pending__button--busy' : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        onPointerEnter={() => void preloadOutboxList()}
        onFocus={() => void preloadOutboxList()}
        data-pending={pending}
      >
        {t('outbox.count', { count: pending })}
        {problems > 0 && (
          <span className="entry-pending__problems">
            {t('outbox.problems', { count: problems })}
          </span>
        )}
      </button>
      <div
        id={panelId}
        ref={panelRef}
        style={shift < 0 ? { right: shift } : undefined}
        className="entry-outbox"
        role="region"
        aria-label={t('outbox.title')}
        hidden={!open}
      >
        <p className="entry-outbox__title">{t('outbox.title')}</p>
        {everOpened && (
          <Suspense fallback={<p className="entry-outbox__loading">{t('outbox.loading')}</p>}>
            <LazyOutboxList entries={entries} flush={flush} />
          </Suspense>
        )}
      </div>
      <DeleteToasts />
    </div>
  );
}
