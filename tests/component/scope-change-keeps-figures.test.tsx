import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { ChartsSection } from '@/features/charts/components/ChartsSection';
import { parseFilters } from '@/filters/url-filters';
import { KpiStrip } from '@/features/overview/components/KpiStrip';
import { RecentActivities } from '@/features/overview/components/RecentActivities';
import { ReliefMap } from '@/features/map/components/ReliefMap';
import { FilterBar } from '@/filters/FilterBar';
import { renderWithApp } from '../support/render';

/** Holds every answer of the given endpoints until `release` is called (then they answer). */
function holdAnswers(...paths: string[]) {
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  server.use(
    ...paths.map((path) =>
      http.get(`*/api/v1${path}`, async () => {
        await gate;
        return undefined; // on to the real handler
      }),
    ),
  );
  return () => release();
}

describe('a new scope while its data loads', () => {
  it('keeps the key figures and recent work on screen, marked busy, then shows the new scope', async () => {
    const user = userEvent.setup();
    renderWithApp(
      <>
        <FilterBar />
        <KpiStrip />
        <RecentActivities />
      </>,
      { url: '/?from=2023-08-01&to=2023-08-10' },
    );
    const strip = screen.getByTestId('kpi-strip');
    const recent = screen.getByRole('region', { name: '最新救灾帮扶活动' });
    const activities = () => strip.querySelector<HTMLElement>('[data-kpi="activities"]')!;
    await waitFor(() => expect(within(strip).getAllByTestId('kpi-delta')).toHaveLength(5));
    const before = activities().querySelector('.kpi__value')!.textContent;
    const deltaBefore = within(activities()).getByTestId('kpi-delta').textContent;
    const firstItem = (await within(recent).findAllByRole('listitem'))[0]!.textContent;

    const release = holdAnswers('/summary', '/activities');
    await user.click(
      within(screen.getByRole('region', { name: '筛选范围' })).getByRole('checkbox', {
        name: /仅报道事实/,
      }),
    );

    await waitFor(() => expect(strip).toHaveAttribute('aria-busy', 'true'));
    expect(recent).toHaveAttribute('aria-busy', 'true');
    // No spinner in place of the figures: the last scope's, with their own changes.
    expect(within(strip).queryByRole('status')).not.toBeInTheDocument();
    expect(activities().querySelector('.kpi__value')).toHaveTextContent(before!);
    expect(within(activities()).getByTestId('kpi-delta')).toHaveTextContent(deltaBefore!);
    expect(within(recent).queryByRole('status')).not.toBeInTheDocument();
    expect(within(recent).getAllByRole('listitem')[0]).toHaveTextContent(firstItem!);

    release();
    await waitFor(() => expect(strip).not.toHaveAttribute('aria-busy'));
    await waitFor(() => expect(recent).not.toHaveAttribute('aria-busy'));
    // Reported facts only: fewer activities than with the illustrative records.
    const after = Number(
      activities().querySelector('.kpi__value')!.textContent!.replace(/\D/g, ''),
    );
    expect(after).toBeLessThan(Number(before!.replace(/\D/g, '')));
    expect(within(strip).getAllByTestId('kpi-delta')).toHaveLength(5);
  });

  it('keeps each chart link on the records behind the figures shown, until the new scope arrives', async () => {
    const user = userEvent.setup();
    renderWithApp(
      <>
        <FilterBar />
        <ChartsSection />
      </>,
      { url: '/?from=2023-08-01' },
    );
    const region = await screen.findByRole(
      'region',
      { name: '各类救灾帮扶活动' },
      { timeout: 5000 },
    );
    await user.click(within(region).getByRole('button', { name: '以表格显示' }));
    await within(region).findByRole('table');
    const visits = () => within(region).getByRole('link', { name: '打开台账：走访慰问' });
    const linkShowsFactsOnly = () =>
      parseFilters(visits().getAttribute('href')!.split('?')[1] ?? '').excludeIllustrative;
    const row = () => visits().closest('tr')!.textContent;
    const rowBefore = row();
    expect(linkShowsFactsOnly()).toBe(false);

    const release = holdAnswers('/summary');
    await user.click(
      within(screen.getByRole('region', { name: '筛选范围' })).getByRole('checkbox', {
        name: /仅报道事实/,
      }),
    );
    const charts = document.querySelector('.charts')!;
    await waitFor(() => expect(charts).toHaveAttribute('aria-busy', 'true'));
    // The old scope's figures, and links to the old scope's records: never a mix.
    expect(row()).toBe(rowBefore);
    expect(linkShowsFactsOnly()).toBe(false);

    release();
    await waitFor(() => expect(charts).not.toHaveAttribute('aria-busy'));
    await waitFor(() => expect(linkShowsFactsOnly()).toBe(true));
    // Reported visits only: fewer than with the illustrative ones.
    expect(row()).not.toBe(rowBefore);
  });

  it('keeps the last district whole in its panel while the next one loads, then shows the next', async () => {
    const user = userEvent.setup();
    renderWithApp(<ReliefMap />, { url: '/?district=110111' });
    const fangshan = await screen.findByRole('region', { name: '房山区详情' }, { timeout: 5000 });
    expect(await within(fangshan).findByText(/窦店镇苏村/)).toBeInTheDocument();
    const fundsBefore = within(fangshan).getByText('拨付资金').nextElementSibling!.textContent;

    const release = holdAnswers('/summary');
    await user.click(screen.getByRole('button', { name: /选择 昌平区/ }));
    // Fangshan's name, figures and sites together, marked busy: not its figures under Changping.
    await waitFor(() => expect(fangshan).toHaveAttribute('aria-busy', 'true'));
    expect(within(fangshan).getByRole('status')).toHaveTextContent('正在载入昌平区…');
    expect(screen.getByRole('region', { name: '房山区详情' })).toBe(fangshan);
    expect(within(fangshan).getByText('拨付资金').nextElementSibling).toHaveTextContent(
      fundsBefore!,
    );
    expect(within(fangshan).getByText(/窦店镇苏村/)).toBeInTheDocument();

    release();
    const changping = await screen.findByRole('region', { name: '昌平区详情' });
    await waitFor(() => expect(changping).not.toHaveAttribute('aria-busy'));
    expect(within(changping).queryByText(/窦店镇苏村/)).not.toBeInTheDocument();
    expect(within(changping).queryByText(/正在载入/)).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '房山区详情' })).not.toBeInTheDocument();
  });
});
