import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChartsSection } from '@/features/charts/components/ChartsSection';
import { KpiStrip } from '@/features/overview/components/KpiStrip';
import { FilterBar } from '@/filters/FilterBar';
import { changeLanguage } from '@/i18n';
import { parseFilters } from '@/filters/url-filters';
import { renderWithApp } from '../support/render';

function Page() {
  return (
    <>
      <FilterBar />
      <KpiStrip />
      <ChartsSection />
    </>
  );
}

const lastUrl = (location: { history: string[] }) => location.history.at(-1) ?? '';
const filtersOf = (url: string) => parseFilters(url.split('?')[1] ?? '');
const chart = (name: string) => screen.getByRole('region', { name });

/** The names in the first column of a chart's data table. */
async function tableNames(name: string): Promise<string[]> {
  const region = await screen.findByRole('region', { name }, { timeout: 5000 });
  const toggle = within(region).getByRole('button', { name: /以表格显示|以图表显示/ });
  if (toggle.getAttribute('aria-pressed') !== 'true') await userEvent.click(toggle);
  const table = await within(region).findByRole('table');
  return within(table)
    .getAllByRole('rowheader')
    .map((th) => th.textContent ?? '');
}

describe('filter bar', () => {
  it('choosing 房山区 narrows the URL and the funds-by-district chart', async () => {
    const { location } = renderWithApp(<Page />);
    const before = await tableNames('资金去向（按受援区）');
    expect(before.length).toBeGreaterThan(1);
    expect(before).toContain('房山区');

    const bar = screen.getByRole('region', { name: '筛选范围' });
    await userEvent.click(within(bar).getByText('区', { selector: '.filter-bar__label' }));
    await userEvent.click(await within(bar).findByRole('checkbox', { name: '房山区' }));

    await waitFor(() => expect(filtersOf(lastUrl(location)).districts).toEqual(['110111']));
    await waitFor(async () => expect(await tableNames('资金去向（按受援区）')).toEqual(['房山区']));
    expect(within(bar).getByTestId('scope-words')).toHaveTextContent('房山区');
  });

  it('"reported facts only" hides illustrative data from the charts', async () => {
    const { location } = renderWithApp(<Page />);
    const region = await screen.findByRole('region', { name: '各类救灾帮扶活动' });
    await within(region).findByText(/最多的是/);
    expect(within(region).getByRole('note')).toHaveTextContent('含示意数据');

    await userEvent.click(screen.getByRole('checkbox', { name: /仅报道事实/ }));
    await waitFor(() => expect(lastUrl(location)).toContain('facts=1'));
    await waitFor(() =>
      expect(within(chart('各类救灾帮扶活动')).queryByRole('note')).not.toBeInTheDocument(),
    );
    // The report gives no amounts: the funds charts say so instead of drawing empty axes.
    const funds = chart('资金去向（按受援区）');
    expect(await within(funds).findByText('当前范围内的资金记录均未披露金额')).toBeInTheDocument();
    expect(within(funds).getByText(/笔资金拨付未披露金额/)).toBeInTheDocument();
  });

  it('"last 7 days" counts back from the latest record and compares with the 7 days before', async () => {
    const { location } = renderWithApp(<Page />);
    const bar = screen.getByRole('region', { name: '筛选范围' });
    const hint = await within(bar).findByText(/以数据中最新日期/);
    expect(hint).toHaveTextContent('2023年8月29日');

    await userEvent.selectOptions(within(bar).getByRole('combobox', { name: '时间范围' }), 'last7');
    await waitFor(() =>
      expect(filtersOf(lastUrl(location))).toMatchObject({ from: '2023-08-23', to: '2023-08-29' }),
    );
    expect(within(bar).getByRole('combobox', { name: '时间范围' })).toHaveValue('last7');
    const kpis = screen.getByRole('region', { name: '关键指标' });
    expect(
      await within(kpis).findByText('与上一等长时段（2023年8月16日至2023年8月22日，7天）相比'),
    ).toBeInTheDocument();
    expect((await within(kpis).findAllByTestId('kpi-delta')).length).toBe(5);
  });

  it('says there is no previous period without a start date', async () => {
    renderWithApp(<Page />);
    const kpis = screen.getByRole('region', { name: '关键指标' });
    expect(await within(kpis).findByText(/没有可比的上一时段/)).toBeInTheDocument();
    expect(within(kpis).queryAllByTestId('kpi-delta')).toHaveLength(0);
  });

  it('clears every filter at once but keeps the language', async () => {
    const { location } = renderWithApp(<Page />, {
      url: '/?lang=zh-CN&from=2023-08-01&district=110111&type=training&facts=1',
    });
    const bar = screen.getByRole('region', { name: '筛选范围' });
    const clear = within(bar).getByRole('button', { name: '清除全部筛选' });
    expect(clear).toBeEnabled();
    await userEvent.click(clear);
    await waitFor(() => expect(lastUrl(location)).toBe('/?lang=zh-CN'));
    expect(within(bar).getByRole('button', { name: '清除全部筛选' })).toBeDisabled();
    expect(within(bar).getByTestId('scope-words')).toHaveTextContent('全部记录');
    expect(within(bar).getByTestId('filter-scope')).toHaveTextContent(/^当前范围：全部记录/);
  });

  it('writes the scope line with the colon of the language shown', async () => {
    renderWithApp(<FilterBar />, { url: '/?lang=en&district=110111' });
    await act(() => changeLanguage('en'));
    const bar = await screen.findByRole('region', { name: 'Filters' });
    await waitFor(() =>
      expect(within(bar).getByTestId('scope-words')).toHaveTextContent('Fangshan'),
    );
    expect(within(bar).getByTestId('filter-scope')).toHaveTextContent(/^Scope: Fangshan/);
  });

  it('sets a custom period from the date fields', async () => {
    const { location } = renderWithApp(<Page />);
    const bar = screen.getByRole('region', { name: '筛选范围' });
    const from = within(bar).getByLabelText('开始日期');
    await userEvent.clear(from);
    // As staff write days by hand; applied on Enter (or leaving the field), not at each key.
    await userEvent.type(from, '2023/8/5');
    expect(filtersOf(lastUrl(location)).from).toBeUndefined();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(filtersOf(lastUrl(location)).from).toBe('2023-08-05'));
    expect(from).toHaveValue('2023-08-05');
    expect(within(bar).getByRole('combobox', { name: '时间范围' })).toHaveValue('custom');

    const to = within(bar).getByLabelText('结束日期');
    await userEvent.type(to, '2023年8月20日');
    await userEvent.tab();
    await waitFor(() => expect(filtersOf(lastUrl(location)).to).toBe('2023-08-20'));
    expect(to).toHaveValue('2023-08-20');
  });

  it('keeps a date it cannot read, says so, and applies nothing until it reads', async () => {
    const { location } = renderWithApp(<Page />, { url: '/?from=2023-08-01' });
    const bar = screen.getByRole('region', { name: '筛选范围' });
    const from = within(bar).getByLabelText('开始日期');
    await waitFor(() => expect(from).toHaveValue('2023-08-01'));
    await userEvent.clear(from);
    await userEvent.type(from, '2023-02-30<img src=x onerror=alert(1)>');
    await userEvent.tab();

    const alert = await within(bar).findByRole('alert');
    expect(alert).toHaveTextContent('开始日期无法识别，未应用');
    expect(from).toHaveValue('2023-02-30<img src=x onerror=alert(1)>');
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(from).toHaveAccessibleDescription(alert.textContent ?? '');
    expect(bar.querySelector('img')).toBeNull();
    expect(filtersOf(lastUrl(location)).from).toBe('2023-08-01');

    await userEvent.clear(from);
    await userEvent.type(from, '20230803{Enter}');
    await waitFor(() => expect(filtersOf(lastUrl(location)).from).toBe('2023-08-03'));
    expect(within(bar).queryByRole('alert')).toBeNull();
    expect(from).not.toHaveAttribute('aria-invalid');
  });

  it('goes back to the applied day on Escape, and stops naming the text', async () => {
    renderWithApp(<Page />, { url: '/?from=2023-08-01' });
    const bar = screen.getByRole('region', { name: '筛选范围' });
    const from = within(bar).getByLabelText('开始日期');
    await waitFor(() => expect(from).toHaveValue('2023-08-01'));
    await userEvent.clear(from);
    await userEvent.type(from, 'soon{Enter}');
    expect(await within(bar).findByRole('alert')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(from).toHaveValue('2023-08-01');
    expect(within(bar).queryByRole('alert')).toBeNull();
  });

  it('"clear all" also clears text that is not a day from an empty date field', async () => {
    const { location } = renderWithApp(<Page />);
    const bar = screen.getByRole('region', { name: '筛选范围' });
    const clear = within(bar).getByRole('button', { name: '清除全部筛选' });
    expect(clear).toBeDisabled();
    const to = within(bar).getByLabelText('结束日期');
    await userEvent.type(to, 'next week{Enter}');
    expect(await within(bar).findByRole('alert')).toHaveTextContent('结束日期无法识别');
    // No filter applies, yet there is something to clear.
    expect(clear).toBeEnabled();
    await userEvent.click(clear);
    expect(within(bar).getByLabelText('结束日期')).toHaveValue('');
    expect(within(bar).getByLabelText('结束日期')).not.toHaveAttribute('aria-invalid');
    expect(within(bar).queryByRole('alert')).toBeNull();
    expect(clear).toBeDisabled();
    expect(filtersOf(lastUrl(location)).to).toBeUndefined();
  });

  it('a preset replaces text that is not a day, and its message', async () => {
    const { location } = renderWithApp(<Page />);
    const bar = screen.getByRole('region', { name: '筛选范围' });
    // "Since the flood began" sets a start and no end: the end field's text goes too.
    await userEvent.type(within(bar).getByLabelText('结束日期'), '8月35日{Enter}');
    expect(await within(bar).findByRole('alert')).toBeInTheDocument();
    await userEvent.selectOptions(
      within(bar).getByRole('combobox', { name: '时间范围' }),
      'sinceFlood',
    );
    await waitFor(() => expect(filtersOf(lastUrl(location)).from).toBe('2023-07-29'));
    expect(within(bar).getByLabelText('开始日期')).toHaveValue('2023-07-29');
    expect(within(bar).getByLabelText('结束日期')).toHaveValue('');
    expect(within(bar).queryByRole('alert')).toBeNull();
  });

  it('shows dates as year-month-day in English too, with a calendar button', async () => {
    renderWithApp(<FilterBar />, { url: '/?lang=en&from=2023-08-02' });
    await act(() => changeLanguage('en'));
    const bar = await screen.findByRole('region', { name: 'Filters' });
    // Named by its label alone (a label around the field had also named it after its button).
    const from = within(bar).getByRole('textbox', { name: 'From' });
    expect(from).toHaveAccessibleName('From');
    await waitFor(() => expect(from).toHaveValue('2023-08-02'));
    expect(within(bar).getByLabelText('To')).toHaveAttribute('placeholder', 'YYYY-MM-DD');
    expect(
      within(bar).getAllByRole('button', { name: 'Choose a day in the calendar' }),
    ).toHaveLength(2);
  });
});
