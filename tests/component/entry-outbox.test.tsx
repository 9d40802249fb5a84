import 'fake-indexeddb/auto';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Activity } from '@/api/contract';
import { ActivityEntryPage } from '@/features/entry/components/EntryPages';
import { PendingChanges } from '@/features/entry/components/PendingChanges';
import { closeOutboxForTests, outbox } from '@/features/entry/lib/outbox';
import { sendEntry } from '@/features/entry/lib/outbox-sync';
import { server, testStore } from '@mocks/node';
import { renderWithApp } from '../support/render';

const HUAIROU_VISIT = 'act-r-huairou-jiuduhe';
let online = true;

beforeEach(() => {
  online = true;
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
});

afterEach(async () => {
  // Unmount first, as a reload would: closing the outbox tells its subscribers, and a page still
  // mounted would re-render outside act (this hook runs before the setup file's cleanup).
  cleanup();
  await closeOutboxForTests();
  await new Promise<void>((resolve) => {
    const r = indexedDB.deleteDatabase('union-relief-outbox');
    r.onsuccess = r.onerror = r.onblocked = () => resolve();
  });
  online = true;
});

function goOnline() {
  online = true;
  act(() => {
    window.dispatchEvent(new Event('online'));
  });
}

const pendingButton = () => screen.getByRole('button', { name: /^待发送/ });

async function recordVisit(user: ReturnType<typeof userEvent.setup>, title: string) {
  const date = screen.getByLabelText(/^日期/);
  await user.clear(date);
  await user.type(date, '2023-08-10');
  await user.type(screen.getByLabelText(/^标题（中文）/), title);
  await screen.findByRole('option', { name: '怀柔区总工会' }, { timeout: 5000 });
  await user.selectOptions(screen.getByLabelText(/^组织单位/), 'org-huairou-ftu');
  await user.click(screen.getByRole('checkbox', { name: '怀柔区' }));
  await user.click(screen.getByRole('button', { name: '保存' }));
}

/** A new visit put straight into the outbox, as a save made offline leaves it. */
function queueVisit(title: string, idempotencyKey: string) {
  return outbox.add({
    resource: 'activities',
    op: 'create',
    recordId: null,
    version: null,
    idempotencyKey,
    input: {
      date: '2023-08-10',
      type: 'condolence_visit',
      title: { zh: title, en: '' },
      organizationId: 'org-huairou-ftu',
      provenance: { kind: 'entered', note: '' },
    },
    label: title,
  });
}

const titled = (zh: string) =>
  [...testStore.get('activities').values()].filter((a) => a.title.zh === zh);

describe('offline saves', () => {
  it('queue in IndexedDB, survive a reload, and go out in order, one record each', async () => {
    const user = userEvent.setup();
    const first = renderWithApp(
      <>
        <PendingChanges />
        <ActivityEntryPage />
      </>,
      { url: '/entry/activity' },
    );
    await screen.findByRole('option', { name: '怀柔区总工会' }, { timeout: 5000 });
    online = false;
    await recordVisit(user, '离线走访一');
    expect(await screen.findByText(/已存入待发送队列/)).toBeInTheDocument();
    // The form is ready for the next entry.
    expect(screen.getByLabelText(/^标题（中文）/)).toHaveValue('');
    await recordVisit(user, '离线走访二');
    await waitFor(() => expect(pendingButton()).toHaveTextContent('待发送 2'));
    expect(titled('离线走访一')).toHaveLength(0);

    // A reload: the page and the in-memory queue are gone; IndexedDB is not.
    first.unmount();
    await closeOutboxForTests();
    const posted: string[] = [];
    server.events.on('request:start', async ({ request }) => {
      if (request.method === 'POST' && request.url.endsWith('/activities'))
        posted.push(((await request.clone().json()) as Activity).title.zh);
    });
    renderWithApp(<PendingChanges />);
    await waitFor(() => expect(pendingButton()).toHaveTextContent('待发送 2'));

    goOnline();
    await waitFor(() => expect(pendingButton()).toHaveTextContent('待发送 0'));
    expect(posted).toEqual(['离线走访一', '离线走访二']);
    expect(titled('离线走访一')).toHaveLength(1);
    expect(titled('离线走访二')).toHaveLength(1);
    server.events.removeAllListeners();
  });

  it('never creates a record twice for one entry (idempotency key)', async () => {
    online = false;
    const entry = await queueVisit('只应有一条', 'entry-once-key');
    // The first answer is lost on the way back; the retry sends the same key.
    await sendEntry(entry);
    await sendEntry(entry);
    online = true;
    renderWithApp(<PendingChanges />);
    await waitFor(() => expect(pendingButton()).toHaveTextContent('待发送 0'));
    expect(titled('只应有一条')).toHaveLength(1);
  });

  it('queue a save whose request gets no answer, with the typed values kept', async () => {
    server.use(http.post('*/api/v1/activities', () => HttpResponse.error()));
    const user = userEvent.setup();
    renderWithApp(
      <>
        <PendingChanges />
        <ActivityEntryPage />
      </>,
      { url: '/entry/activity' },
    );
    await recordVisit(user, '网络中断时的走访');
    await waitFor(() => expect(pendingButton()).toHaveTextContent('待发送 1'));
    const [queued] = outbox.getSnapshot();
    expect(queued?.input).toMatchObject({ title: { zh: '网络中断时的走访' } });
    expect(queued?.idempotencyKey).toBeTruthy();
  });

  it('list what waits, and offer to send it only while the browser is online', async () => {
    // The server cannot be reached even once the browser is back online: the entry stays.
    server.use(http.post('*/api/v1/activities', () => HttpResponse.error()));
    online = false;
    await queueVisit('等待发送的走访', 'entry-waits-key');
    const user = userEvent.setup();
    renderWithApp(<PendingChanges />);
    await waitFor(() => expect(pendingButton()).toHaveTextContent('待发送 1'));
    await user.click(pendingButton());
    const panel = screen.getByRole('region', { name: '待发送的更改' });
    expect(await within(panel).findByText('等待发送的走访')).toBeInTheDocument();
    expect(within(panel).getByText('当前离线，联网后自动发送。')).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: '立即发送' })).not.toBeInTheDocument();

    goOnline();
    expect(await within(panel).findByRole('button', { name: '立即发送' })).toBeInTheDocument();
    expect(within(panel).getByText('已联网，正在按顺序发送。')).toBeInTheDocument();
    expect(pendingButton()).toHaveTextContent('待发送 1');

    online = false;
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(within(panel).queryByRole('button', { name: '立即发送' })).not.toBeInTheDocument();
    expect(within(panel).getByText('当前离线，联网后自动发送。')).toBeInTheDocument();
    // Back online (react-query's online state is global: later tests need it online).
    goOnline();
    expect(await within(panel).findByRole('button', { name: '立即发送' })).toBeInTheDocument();
  });

  it('show a queued update that meets a changed record as a conflict, never overwriting it', async () => {
    const user = userEvent.setup();
    renderWithApp(
      <>
        <PendingChanges />
        <ActivityEntryPage id={HUAIROU_VISIT} />
      </>,
      { url: `/entry/activity/${HUAIROU_VISIT}` },
    );
    const title = await screen.findByLabelText(/^标题（中文）/);
    online = false;
    await user.clear(title);
    await user.type(title, '离线时的修改');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(pendingButton()).toHaveTextContent('待发送 1'));

    const current = testStore.get('activities').get(HUAIROU_VISIT) as Activity;
    await testStore.put('activities', {
      ...current,
      title: { ...current.title, zh: '同事的修改' },
      version: current.version + 1,
      updatedBy: '同事',
    });
    goOnline();
    await waitFor(() => expect(pendingButton()).toHaveTextContent(/需处理 1/));
    expect(testStore.get('activities').get(HUAIROU_VISIT)?.title.zh).toBe('同事的修改');

    await user.click(pendingButton());
    const panel = screen.getByRole('region', { name: '待发送的更改' });
    const table = await within(panel).findByRole('table');
    expect(within(table).getByText('离线时的修改')).toBeInTheDocument();
    expect(within(table).getByText('同事的修改')).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: '保留我的修改' }));
    await waitFor(() =>
      expect(testStore.get('activities').get(HUAIROU_VISIT)?.title.zh).toBe('离线时的修改'),
    );
    await waitFor(() => expect(pendingButton()).toHaveTextContent('待发送 0'));
    expect(pendingButton()).not.toHaveTextContent('需处理');
  });
});
