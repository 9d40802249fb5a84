import 'fake-indexeddb/auto';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from '@/api/contract';
import { App } from '@/app/App';
import { RecentActivities } from '@/features/overview/components/RecentActivities';
import { ActivityEntryPage } from '@/features/entry/components/EntryPages';
import { closeOutboxForTests } from '@/features/entry/lib/outbox';
import { setUndoWindowMs } from '@/features/entry/lib/pending-deletes';
import { changeLanguage } from '@/i18n';
import { server, testStore } from '@mocks/node';
import { renderWithApp } from '../support/render';

const HUAIROU_VISIT = 'act-r-huairou-jiuduhe';
const HOSTILE = '<img src=x onerror=alert(1)> ‮evil';

afterEach(async () => {
  // Unmount first, as a reload would: closing the outbox tells its subscribers, and a page still
  // mounted would re-render outside act (this hook runs before the setup file's cleanup).
  cleanup();
  await closeOutboxForTests();
  await new Promise<void>((resolve) => {
    const r = indexedDB.deleteDatabase('union-relief-outbox');
    r.onsuccess = r.onerror = r.onblocked = () => resolve();
  });
  setUndoWindowMs(6000);
});

async function fillValidVisit(user: ReturnType<typeof userEvent.setup>, title: string) {
  await user.type(screen.getByLabelText(/^日期/), '2023-08-09');
  await user.type(screen.getByLabelText(/^标题（中文）/), title);
  await screen.findByRole('option', { name: '怀柔区总工会' }, { timeout: 5000 });
  await user.selectOptions(screen.getByLabelText(/^组织单位/), 'org-huairou-ftu');
  await user.click(await screen.findByRole('checkbox', { name: '怀柔区' }));
  await user.type(screen.getByLabelText(/^服务职工/), '120');
}

const activitiesTitled = (zh: string) =>
  [...testStore.get('activities').values()].filter((a) => a.title.zh === zh);

describe('the activity form', () => {
  it('shows field errors from the contract schema, in Chinese and in English', async () => {
    const user = userEvent.setup();
    renderWithApp(<ActivityEntryPage />, { url: '/entry/activity' });
    await user.type(screen.getByLabelText(/^服务职工/), '-5');
    await user.click(screen.getByRole('button', { name: '保存' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('处需要修改');
    const title = screen.getByLabelText(/^标题（中文）/);
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('此项必填');
    expect(screen.getByLabelText(/^日期/)).toHaveAccessibleDescription('请按“年-月-日”填写日期');
    expect(screen.getByLabelText(/^服务职工/)).toHaveAccessibleDescription(/不能为负数/);
    expect(screen.getByLabelText(/^组织单位/)).toHaveAccessibleDescription('此项必填');

    // An end date before the date is the schema's refinement.
    await user.type(screen.getByLabelText(/^日期/), '2023-08-09');
    await user.type(screen.getByLabelText(/^结束日期/), '2023-08-01');
    // A typed day is taken when the field is left.
    await user.tab();
    expect(screen.getByLabelText(/^结束日期/)).toHaveAccessibleDescription(
      /结束日期不能早于开始日期/,
    );

    await act(() => changeLanguage('en'));
    expect(await screen.findByLabelText(/^Title \(Chinese\)/)).toHaveAccessibleDescription(
      'This field is required',
    );
    expect(screen.getByLabelText(/^Workers served/)).toHaveAccessibleDescription(
      /Cannot be negative/,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/fields need attention/);
  });

  it('reads a day as staff write it by hand, and keeps and names one that is not a day', async () => {
    const user = userEvent.setup();
    renderWithApp(<ActivityEntryPage />, { url: '/entry/activity' });
    const date = screen.getByLabelText(/^日期/);
    await user.type(date, '2023年8月9日');
    await user.tab();
    expect(date).toHaveValue('2023-08-09');

    const end = screen.getByLabelText(/^结束日期/);
    await user.type(end, '2023-08-32');
    await user.tab();
    expect(end).toHaveValue('2023-08-32');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByRole('alert');
    expect(end).toHaveValue('2023-08-32');
    expect(end).toHaveAccessibleDescription(/日期不存在/);
  });

  it('keeps every typed value and shows the server’s message when it refuses (422)', async () => {
    server.use(
      http.post('*/api/v1/activities', () =>
        HttpResponse.json(
          {
            error: {
              code: 'validation_failed',
              message: 'Some references do not exist',
              issues: [{ path: ['organizationId'], message: 'unknown_organization' }],
            },
          },
          { status: 422 },
        ),
      ),
    );
    const user = userEvent.setup();
    renderWithApp(<ActivityEntryPage />, { url: '/entry/activity' });
    await fillValidVisit(user, HOSTILE);
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(
      await screen.findByText(/Some references do not exist/, { selector: 'p' }),
    ).toBeVisible();
    expect(screen.getByLabelText(/^组织单位/)).toHaveAccessibleDescription(/单位不存在/);
    expect(screen.getByLabelText(/^标题（中文）/)).toHaveValue(HOSTILE);
    expect(screen.getByLabelText(/^日期/)).toHaveValue('2023-08-09');
    expect(screen.getByLabelText(/^服务职工/)).toHaveValue('120');
    expect(screen.getByRole('checkbox', { name: '怀柔区' })).toBeChecked();
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows an edit at once and rolls it back when the server refuses', async () => {
    let release: () => void = () => {};
    server.use(
      http.put('*/api/v1/activities/:id', async () => {
        await new Promise<void>((r) => (release = r));
        return HttpResponse.json(
          { error: { code: 'internal', message: 'database unavailable' } },
          { status: 500 },
        );
      }),
    );
    const user = userEvent.setup();
    renderWithApp(
      <>
        <RecentActivities />
        <ActivityEntryPage id={HUAIROU_VISIT} />
      </>,
      // Scoped to Huairou, so the visit is among the latest shown.
      { url: `/entry/activity/${HUAIROU_VISIT}?district=110116` },
    );
    const original = '怀柔区总工会慰问九渡河镇防汛救灾和灾后重建一线职工';
    const recent = screen.getByRole('region', { name: '最新救灾帮扶活动' });
    await within(recent).findByText(original);
    const title = await screen.findByLabelText(/^标题（中文）/);
    await user.clear(title);
    await user.type(title, '九渡河镇慰问（已更正）');
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(await within(recent).findByText('九渡河镇慰问（已更正）')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '正在保存…' })).toBeDisabled();
    release();

    expect(await within(recent).findByText(original)).toBeInTheDocument();
    expect(within(recent).queryByText('九渡河镇慰问（已更正）')).toBeNull();
    expect(await screen.findByText(/database unavailable/, { selector: 'p' })).toBeVisible();
    expect(screen.getByLabelText(/^标题（中文）/)).toHaveValue('九渡河镇慰问（已更正）');
    expect(testStore.get('activities').get(HUAIROU_VISIT)?.title.zh).toBe(original);
  });

  it('restores a draft after a reload, and can discard it', async () => {
    const user = userEvent.setup();
    const first = renderWithApp(<ActivityEntryPage />, { url: '/entry/activity' });
    await user.type(screen.getByLabelText(/^标题（中文）/), '未保存的走访');
    await user.type(screen.getByLabelText(/^备注/), '半路刷新');
    await waitFor(() =>
      expect(localStorage.getItem('relief.draft.activity.new')).toContain('半路刷新'),
    );
    first.unmount();

    renderWithApp(<ActivityEntryPage />, { url: '/entry/activity' });
    expect(await screen.findByText(/已恢复未保存的草稿/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^标题（中文）/)).toHaveValue('未保存的走访');
    expect(screen.getByLabelText(/^备注/)).toHaveValue('半路刷新');

    await user.click(screen.getByRole('button', { name: '丢弃草稿' }));
    expect(screen.getByLabelText(/^标题（中文）/)).toHaveValue('');
    expect(localStorage.getItem('relief.draft.activity.new')).toBeNull();
  });

  it('creates a record, clears the draft and shows who created it and when', async () => {
    const user = userEvent.setup();
    renderWithApp(<App />, { url: '/entry/activity' });
    await user.click(await screen.findByRole('button', { name: '填写名字' }));
    const nameBox = screen.getByLabelText('你的名字');
    await user.type(nameBox, '王小明');
    await user.click(
      within(nameBox.closest('form') as HTMLElement).getByRole('button', { name: '保存' }),
    );
    expect(await screen.findByText('记录人：王小明')).toBeInTheDocument();

    await screen.findByRole('heading', { name: '新增救灾帮扶活动' });
    await fillValidVisit(user, '怀柔测试走访');
    const form = screen.getByRole('form', { name: '新增救灾帮扶活动' });
    await user.click(within(form).getByRole('button', { name: '保存' }));

    expect(await screen.findByRole('heading', { name: '编辑救灾帮扶活动' })).toBeInTheDocument();
    expect(await screen.findByText(/已创建/)).toBeInTheDocument();
    const [saved] = activitiesTitled('怀柔测试走访');
    expect(saved?.createdBy).toBe('王小明');
    expect(saved?.provenance).toEqual({ kind: 'entered', note: '' });
    expect(saved?.workersServed).toEqual({ value: 120, basis: 'entered', atLeast: false });
    const audit = screen.getByText('创建').closest('div') as HTMLElement;
    expect(audit).toHaveTextContent('王小明');
    expect(audit).toHaveTextContent(/\d{4}\/\d{1,2}\/\d{1,2}/);
    expect(localStorage.getItem('relief.draft.activity.new')).toBeNull();
  });

  it('offers the common measure words as units, stores the one typed and names it in English', async () => {
    const user = userEvent.setup();
    renderWithApp(<ActivityEntryPage />, { url: '/entry/activity' });
    await fillValidVisit(user, '怀柔送水');
    await user.click(screen.getByRole('button', { name: '添加物资' }));
    await user.type(screen.getByLabelText(/^数量 1/), '30');
    const unit = screen.getByLabelText(/^单位 1/);
    const offered = () =>
      [...(unit as HTMLInputElement).list!.options].map((o) => [o.value, o.getAttribute('label')]);
    // In Chinese the words are their own names: no second one.
    expect(offered()).toContainEqual(['箱', null]);
    await user.type(unit, '箱');

    await act(() => changeLanguage('en'));
    expect(offered()).toContainEqual(['箱', 'boxes']);
    expect(offered()).toContainEqual(['瓶', 'bottles']);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(activitiesTitled('怀柔送水')).toHaveLength(1));
    expect(activitiesTitled('怀柔送水')[0]?.goods).toEqual([
      expect.objectContaining({ quantity: 30, unit: '箱', basis: 'entered' }),
    ]);
  });

  it('shows a conflict with both versions, and keeps mine on request', async () => {
    const user = userEvent.setup();
    renderWithApp(<ActivityEntryPage id={HUAIROU_VISIT} />, {
      url: `/entry/activity/${HUAIROU_VISIT}`,
    });
    const title = await screen.findByLabelText(/^标题（中文）/);
    await user.clear(title);
    await user.type(title, '我的标题');

    const current = testStore.get('activities').get(HUAIROU_VISIT) as Activity;
    await testStore.put('activities', {
      ...current,
      title: { ...current.title, zh: '他人的标题' },
      version: current.version + 1,
      updatedBy: '李四',
    });
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByRole('heading', { name: '记录已被他人修改' })).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getByText('我的标题')).toBeInTheDocument();
    expect(within(table).getByText('他人的标题')).toBeInTheDocument();
    expect(screen.getByText(/李四 于/)).toBeInTheDocument();
    expect(testStore.get('activities').get(HUAIROU_VISIT)?.title.zh).toBe('他人的标题');

    await user.click(screen.getByRole('button', { name: '保留我的修改' }));
    expect(await screen.findByText(/^已保存/)).toBeInTheDocument();
    const saved = testStore.get('activities').get(HUAIROU_VISIT);
    expect(saved?.title.zh).toBe('我的标题');
    expect(saved?.version).toBe(current.version + 2);
  });

  it('deletes after confirmation, with an undo that brings the record back intact', async () => {
    setUndoWindowMs(400);
    const user = userEvent.setup();
    renderWithApp(<App />, { url: `/entry/activity/${HUAIROU_VISIT}` });
    const before = testStore.get('activities').get(HUAIROU_VISIT);
    await user.click(await screen.findByRole('button', { name: '删除' }));
    const dialog = screen.getByRole('alertdialog', { name: '删除这条记录？' });
    expect(within(dialog).getByRole('button', { name: '取消' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: '删除' }));

    const toast = await screen.findByText(/^已删除“/);
    await user.click(
      within(toast.parentElement as HTMLElement).getByRole('button', { name: '撤销' }),
    );
    await new Promise((r) => setTimeout(r, 700));
    expect(testStore.get('activities').get(HUAIROU_VISIT)).toEqual(before);

    // Without undo, the DELETE goes out when the window closes.
    renderWithApp(<App />, { url: `/entry/activity/${HUAIROU_VISIT}` });
    const buttons = await screen.findAllByRole('button', { name: '删除' });
    await user.click(buttons.at(-1) as HTMLElement);
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '删除' }));
    await waitFor(() => expect(testStore.get('activities').has(HUAIROU_VISIT)).toBe(false));
  });
});
