import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { OverviewPage } from '@/app/OverviewPage';
import { server, testStore } from '@mocks/node';
import { renderWithApp } from '../support/render';

const kpis = () => screen.getByRole('region', { name: '关键指标' });
const recent = () => screen.getByRole('region', { name: '最新救灾帮扶活动' });

describe('overview', () => {
  it('shows the headline figures and marks those that include illustrative data', async () => {
    renderWithApp(<OverviewPage />);
    const region = kpis();
    expect(await within(region).findByText('已拨付资金')).toBeInTheDocument();
    const workers = region.querySelector('[data-kpi="workers"]') as HTMLElement;
    // Huairou's 2,800+ workers alone exceed 2,800.
    const value = Number(
      within(workers)
        .getByText(/^[\d,]+$/)
        .textContent?.replace(/,/g, ''),
    );
    expect(value).toBeGreaterThanOrEqual(2800);
    expect(within(region).getAllByRole('note').length).toBeGreaterThan(0);
  });

  it('lists the latest activities with their provenance', async () => {
    renderWithApp(<OverviewPage />);
    const list = await within(recent()).findByRole('list');
    expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(within(list).getAllByText(/报道|示意|录入/).length).toBeGreaterThan(0);
  });

  it('shows only reported facts when asked', async () => {
    renderWithApp(<OverviewPage />, { url: '/?facts=1' });
    const region = kpis();
    await within(region).findByText('已拨付资金');
    expect(within(region).queryAllByRole('note')).toHaveLength(0);
    const items = await within(recent()).findAllByRole('listitem');
    for (const item of items) expect(item).toHaveAttribute('data-provenance', 'reported');
  });

  it('switches to English', async () => {
    renderWithApp(<OverviewPage />);
    await userEvent.click(screen.getByRole('button', { name: /English/ }));
    expect(await screen.findByRole('region', { name: 'Key figures' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('relief.language')).toBe('en');
  });
});

describe('a failing summary endpoint', () => {
  const cases: [string, Parameters<typeof http.get>[1], RegExp][] = [
    [
      'a 500',
      () => HttpResponse.json({ error: { code: 'internal', message: 'boom' } }, { status: 500 }),
      /服务器出错（500）/,
    ],
    [
      'invalid JSON',
      () => new HttpResponse('{oops', { headers: { 'Content-Type': 'application/json' } }),
      /数据格式不正确/,
    ],
    [
      'a missing field',
      () => HttpResponse.json({ asOf: new Date().toISOString() }),
      /字段“totals”/,
    ],
    ['a wrong type', () => HttpResponse.json({ asOf: 12 }), /字段“asOf”/],
    ['a dropped connection', () => HttpResponse.error(), /无法连接到服务器/],
  ];

  it.each(cases)(
    'after %s shows a clear message with retry, and the rest of the page works',
    async (_name, resolver, message) => {
      server.use(http.get('*/api/v1/summary', resolver));
      renderWithApp(<OverviewPage />);
      const alert = await within(kpis()).findByRole('alert');
      expect(alert).toHaveTextContent(message);
      expect(within(alert).getByRole('button', { name: '重试' })).toBeInTheDocument();
      expect(await within(recent()).findAllByRole('listitem')).not.toHaveLength(0);
    },
  );

  it('recovers on retry', async () => {
    let fail = true;
    server.use(
      http.get('*/api/v1/summary', () => {
        if (fail)
          return HttpResponse.json(
            { error: { code: 'internal', message: 'boom' } },
            { status: 503 },
          );
        return undefined; // fall through to the real handler
      }),
    );
    renderWithApp(<OverviewPage />);
    const retry = await within(kpis()).findByRole('button', { name: '重试' });
    fail = false;
    await userEvent.click(retry);
    expect(await within(kpis()).findByText('服务职工')).toBeInTheDocument();
  });

  it('shows a loading state while waiting', async () => {
    server.use(
      http.get('*/api/v1/summary', async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    renderWithApp(<OverviewPage />);
    expect(within(kpis()).getByRole('status')).toHaveTextContent('正在加载');
  });
});

describe('an empty dataset', () => {
  it('says there is nothing for this scope instead of showing blanks', async () => {
    await testStore.replace({ ...testStore.snapshot(), activities: [], funds: [] });
    renderWithApp(<OverviewPage />);
    await waitFor(() =>
      expect(within(recent()).getByText('当前范围内没有数据')).toBeInTheDocument(),
    );
    const funds = (await within(kpis()).findByText('已拨付资金')).closest(
      '[data-kpi]',
    ) as HTMLElement;
    expect(funds).toHaveTextContent('0');
    expect(funds).not.toHaveTextContent('NaN');
  });
});
