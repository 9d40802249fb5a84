import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { Route, Switch } from 'wouter';
import { ChartsSection } from '@/features/charts/components/ChartsSection';
import { Ledger } from '@/features/ledger/components/Ledger';
import { testStore } from '@mocks/node';
import { makeActivity } from '../support/factories';
import { renderWithApp } from '../support/render';

configure({ asyncUtilTimeout: 5_000 });

beforeAll(() => {
  // jsdom has no element scrolling; the ledger's virtualizer calls it.
  Element.prototype.scrollTo ??= function scrollTo() {};
});

const entered = { kind: 'entered' as const, note: '' };
const loadedRows = (g: HTMLElement) =>
  within(g)
    .getAllByRole('row')
    .filter((r) => r.getAttribute('data-loaded') === 'true');

/** The dashboard's charts and the ledger, on the app's two routes. */
function Routes() {
  return (
    <Switch>
      <Route path="/ledger">
        <Ledger />
      </Route>
      <Route>
        <ChartsSection />
      </Route>
    </Switch>
  );
}

describe('the goods chart → ledger', () => {
  it('opens the ledger with only the activities that delivered water, as a removable chip', async () => {
    const base = testStore.snapshot();
    await testStore.replace({
      ...base,
      activities: [
        makeActivity({
          title: { zh: '送饮用水', en: '' },
          provenance: entered,
          goods: [{ kind: 'water', quantity: 300, unit: '箱', basis: 'entered' }],
        }),
        makeActivity({
          title: { zh: '送水和食品', en: '' },
          provenance: entered,
          goods: [
            { kind: 'food', quantity: 50, unit: '份', basis: 'entered' },
            { kind: 'water', quantity: null, unit: '', basis: 'entered' },
          ],
        }),
        makeActivity({
          title: { zh: '送药品', en: '' },
          provenance: entered,
          goods: [{ kind: 'medicine_kit', quantity: 20, unit: '份', basis: 'entered' }],
        }),
        makeActivity({ title: { zh: '只慰问', en: '' }, provenance: entered }),
      ],
      funds: [],
    });
    const user = userEvent.setup();
    const { location } = renderWithApp(<Routes />, { url: '/?lang=zh-CN' });

    const region = await screen.findByRole('region', { name: '物资配送（按种类）' });
    await user.click(within(region).getByRole('button', { name: '以表格显示' }));
    const table = await within(region).findByRole('table');
    await user.click(within(table).getByRole('link', { name: '打开台账：饮用水' }));

    const [path, search = ''] = (location.history.at(-1) ?? '').split('?');
    expect(path).toBe('/ledger');
    expect(new URLSearchParams(search).getAll('goods')).toEqual(['water']);

    const grid = await screen.findByRole('grid');
    await waitFor(() => expect(loadedRows(grid)).toHaveLength(2));
    const titles = loadedRows(grid).map((r) => r.textContent ?? '');
    expect(titles.some((t) => t.includes('送饮用水'))).toBe(true);
    expect(titles.some((t) => t.includes('送水和食品'))).toBe(true);
    expect(screen.getByText('共 2 条')).toBeInTheDocument();

    // The chip says what narrows the table, and removing it shows every activity again.
    const chips = screen.getByRole('list', { name: '按物资种类筛选' });
    expect(within(chips).getByText('物资：饮用水')).toBeInTheDocument();
    await user.click(within(chips).getByRole('button', { name: '取消物资筛选：饮用水' }));
    await waitFor(() => expect(loadedRows(grid)).toHaveLength(4));
    expect(new URLSearchParams(location.history.at(-1)?.split('?')[1]).has('goods')).toBe(false);
    expect(screen.queryByRole('list', { name: '按物资种类筛选' })).toBeNull();
  });

  it('clears the goods chip with the shared filters when "clear all" is pressed', async () => {
    const user = userEvent.setup();
    const { location } = renderWithApp(<Ledger />, {
      url: '/ledger?lang=zh-CN&goods=water&district=110111',
    });
    const chips = await screen.findByRole('list', { name: '按物资种类筛选' });
    expect(within(chips).getByText('物资：饮用水')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '清除全部筛选' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: '按物资种类筛选' })).toBeNull());
    const params = new URLSearchParams(location.history.at(-1)?.split('?')[1]);
    expect(params.has('goods')).toBe(false);
    expect(params.has('district')).toBe(false);
    // Other settings of the page stay.
    expect(params.get('lang')).toBe('zh-CN');
    expect(screen.getByRole('button', { name: '清除全部筛选' })).toBeDisabled();
  });

  it('ignores an unknown goods kind in the URL rather than breaking the page', async () => {
    renderWithApp(<Ledger />, { url: '/ledger?goods=gold&goods=%3Cimg%3E' });
    const grid = await screen.findByRole('grid');
    await waitFor(() => expect(loadedRows(grid).length).toBeGreaterThan(0));
    expect(screen.queryByRole('list', { name: '按物资种类筛选' })).toBeNull();
  });
});
