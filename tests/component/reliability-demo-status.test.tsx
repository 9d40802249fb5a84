import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AppShell } from '@/app/AppShell';
import { changeLanguage } from '@/i18n';
import { testStore } from '@mocks/node';
import { renderWithApp } from '../support/render';

const healthy = { ...testStore.loadReport };
afterEach(() => {
  testStore.loadReport = { ...healthy };
});

const shell = () =>
  renderWithApp(
    <AppShell>
      <p>内容</p>
    </AppShell>,
  );

/** The notice can only be judged once GET /demo/status has answered. */
async function statusAnswered(result: ReturnType<typeof shell>) {
  await waitFor(() =>
    expect(result.queryClient.getQueryState(['demo', 'status'])?.status).toBe('success'),
  );
}

describe('demo store notice in the header', () => {
  it('says nothing when the store opened cleanly', async () => {
    await statusAnswered(shell());
    const banner = screen.getByRole('banner');
    expect(within(banner).queryByText(/本地记录无法读取/)).not.toBeInTheDocument();
    expect(within(banner).queryByText(/数据库无法打开/)).not.toBeInTheDocument();
  });

  it('reports records set aside, and stays dismissed until more are', async () => {
    testStore.loadReport = { ...healthy, storage: 'indexeddb', schemaVersion: 2, quarantined: 3 };
    const first = shell();
    const notice = await screen.findByText('3 条本地记录无法读取，已另存；其余数据正常');
    expect(notice.closest('header')).not.toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '关闭提示' }));
    expect(screen.queryByText(/本地记录无法读取/)).not.toBeInTheDocument();
    first.unmount();

    // The next visit with the same three does not nag again…
    const second = shell();
    await statusAnswered(second);
    expect(screen.queryByText(/本地记录无法读取/)).not.toBeInTheDocument();
    second.unmount();

    // …but a fourth record set aside is news.
    testStore.loadReport = { ...testStore.loadReport, quarantined: 4 };
    shell();
    expect(
      await screen.findByText('4 条本地记录无法读取，已另存；其余数据正常'),
    ).toBeInTheDocument();
  });

  it('explains in English when the browser database could not be opened', async () => {
    await changeLanguage('en');
    testStore.loadReport = {
      storage: 'memory',
      schemaVersion: null,
      quarantined: 0,
      problem: 'DemoDbUnavailableError: another tab keeps an older version of the data open',
    };
    shell();
    expect(
      await screen.findByText(/The browser database could not be opened: showing the built-in/),
    ).toBeInTheDocument();
    expect(screen.getByText(/another tab keeps an older version/)).toBeInTheDocument();
  });
});
