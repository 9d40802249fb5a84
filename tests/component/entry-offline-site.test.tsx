import 'fake-indexeddb/auto';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ActivityEntryPage } from '@/features/entry/components/EntryPages';
import { PendingChanges } from '@/features/entry/components/PendingChanges';
import { closeOutboxForTests, outbox } from '@/features/entry/lib/outbox';
import { sendEntry } from '@/features/entry/lib/outbox-sync';
import { server, testStore } from '@mocks/node';
import { renderWithApp } from '../support/render';

let online = true;

beforeEach(() => {
  online = true;
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
});

afterEach(async () => {
  // Unmount first, as a reload would: closing the outbox tells its subscribers, and a page still
  // mounted would re-render outside act (this hook runs before the setup file's cleanup).
  cleanup();
  server.events.removeAllListeners();
  await closeOutboxForTests();
  await new Promise<void>((resolve) => {
    const r = indexedDB.deleteDatabase('union-relief-outbox');
    r.onsuccess = r.onerror = r.onblocked = () => resolve();
  });
  online = true;
});

const pendingButton = () => screen.getByRole('button', { name: /^待发送/ });
const sitesNamed = (zh: string) =>
  [...testStore.get('sites').values()].filter((s) => s.name.zh === zh);
const activitiesTitled = (zh: string) =>
  [...testStore.get('activities').values()].filter((a) => a.title.zh === zh);

const SITE = '离线新增的石湖峪村';
const TITLE = '离线走访石湖峪村';

describe('a site added offline', () => {
  it('is queued before the visit at it, shows its name while pending, and arrives once, linked', async () => {
    const user = userEvent.setup();
    const page = renderWithApp(
      <>
        <PendingChanges />
        <ActivityEntryPage />
      </>,
      { url: '/entry/activity' },
    );
    await screen.findByRole('option', { name: '怀柔区总工会' }, { timeout: 5000 });
    online = false;

    const date = screen.getByLabelText(/^日期/);
    await user.clear(date);
    await user.type(date, '2023-08-11');
    await user.type(screen.getByLabelText(/^标题（中文）/), TITLE);
    await user.selectOptions(screen.getByLabelText(/^组织单位/), 'org-huairou-ftu');
    await user.click(screen.getByRole('checkbox', { name: '怀柔区' }));

    await user.click(screen.getByRole('button', { name: '添加新地点' }));
    const group = screen.getByRole('group', { name: '新地点' });
    await user.type(within(group).getByLabelText(/^地点名称（中文）/), SITE);
    await user.type(within(group).getByLabelText('经度'), '116.55');
    await user.type(within(group).getByLabelText('纬度'), '40.58');
    await user.click(within(group).getByRole('button', { name: '保存地点' }));

    // Offline, the site waits in the outbox but is already ticked, by name, marked as waiting.
    const box = await screen.findByRole('checkbox', { name: new RegExp(`^${SITE}.*待发送`) });
    expect(box).toBeChecked();
    await waitFor(() => expect(pendingButton()).toHaveTextContent('待发送 1'));
    expect(sitesNamed(SITE)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText(/已存入待发送队列/)).toBeInTheDocument();
    await waitFor(() => expect(pendingButton()).toHaveTextContent('待发送 2'));
    const [siteEntry, activityEntry] = outbox.getSnapshot();
    expect(siteEntry).toMatchObject({ resource: 'sites', op: 'create' });
    expect(activityEntry).toMatchObject({ resource: 'activities', op: 'create' });
    expect(activityEntry?.input).toMatchObject({ siteIds: [siteEntry?.recordId] });

    // A reload while offline: the queue, and the site's name for the visit, come back.
    page.unmount();
    await closeOutboxForTests();
    renderWithApp(<PendingChanges />);
    await waitFor(() => expect(pendingButton()).toHaveTextContent('待发送 2'));
    await user.click(pendingButton());
    const panel = screen.getByRole('region', { name: '待发送的更改' });
    // The panel's list loads on its first opening.
    expect(await within(panel).findByText(`地点：${SITE}`)).toBeInTheDocument();

    // An earlier attempt delivered the site but its answer was lost: the entry is still queued
    // and will be sent again with the same Idempotency-Key.
    await sendEntry(outbox.getSnapshot()[0]!);
    expect(sitesNamed(SITE)).toHaveLength(1);

    const posted: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST') posted.push(new URL(request.url).pathname);
    });
    online = true;
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(pendingButton()).toHaveTextContent('待发送 0'));
    expect(posted).toEqual(['/api/v1/sites', '/api/v1/activities']);

    const sites = sitesNamed(SITE);
    expect(sites).toHaveLength(1);
    expect(sites[0]).toMatchObject({
      id: siteEntry?.recordId,
      districtCode: '110116',
      location: { lon: 116.55, lat: 40.58 },
      provenance: { kind: 'entered' },
    });
    const activities = activitiesTitled(TITLE);
    expect(activities).toHaveLength(1);
    expect(activities[0]?.siteIds).toEqual([sites[0]?.id]);
  }, 40_000);

  it('makes a visit saved online wait for its site that is still queued', async () => {
    const user = userEvent.setup();
    renderWithApp(
      <>
        <PendingChanges />
        <ActivityEntryPage />
      </>,
      { url: '/entry/activity' },
    );
    await screen.findByRole('option', { name: '怀柔区总工会' }, { timeout: 5000 });
    online = false;
    await user.click(screen.getByRole('checkbox', { name: '怀柔区' }));
    await user.click(screen.getByRole('button', { name: '添加新地点' }));
    const group = screen.getByRole('group', { name: '新地点' });
    await user.type(within(group).getByLabelText(/^地点名称（中文）/), '待发送的新地点丙村');
    await user.click(within(group).getByRole('button', { name: '保存地点' }));
    await screen.findByRole('checkbox', { name: /待发送的新地点丙村/ });

    // Back online before the outbox has gone out: saving the visit sends the site first.
    online = true;
    const date = screen.getByLabelText(/^日期/);
    await user.clear(date);
    await user.type(date, '2023-08-12');
    await user.type(screen.getByLabelText(/^标题（中文）/), '联网后保存的走访');
    await user.selectOptions(screen.getByLabelText(/^组织单位/), 'org-huairou-ftu');
    await user.click(screen.getByRole('button', { name: '保存' }));

    await waitFor(() => expect(activitiesTitled('联网后保存的走访')).toHaveLength(1));
    const [site] = sitesNamed('待发送的新地点丙村');
    expect(site).toBeDefined();
    expect(activitiesTitled('联网后保存的走访')[0]?.siteIds).toEqual([site?.id]);
    await waitFor(() => expect(pendingButton()).toHaveTextContent('待发送 0'));
  }, 30_000);
});
