import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Activity, Site } from '@/api/contract';
import { ReliefMap } from '@/features/map/components/ReliefMap';
import { testStore } from '@mocks/node';
import { renderWithApp } from '../support/render';

const region = () => screen.getByRole('region', { name: '救灾帮扶分布图' });
const districtList = () => screen.getByRole('navigation', { name: /各区.*（点击选择）/ });
const currentUrl = (location: { history?: string[] }) => location.history?.at(-1) ?? '';

async function mapDrawn(container: HTMLElement) {
  await waitFor(
    () => expect(container.querySelectorAll('path[data-district][data-state]').length).toBe(16),
    { timeout: 5000 },
  );
}

describe('relief map', () => {
  it('draws the 16 districts coloured by activities, with a legend and visited districts marked', async () => {
    const { container } = renderWithApp(<ReliefMap />);
    await mapDrawn(container);
    const fangshan = container.querySelector('path[data-district="110111"]')!;
    expect(fangshan).toHaveAttribute('data-state', 'class');
    expect(fangshan.getAttribute('class')).toContain('relief-map__district--visited');
    // Shunyi has no relief in the seed: hatched, not on the colour scale.
    const shunyi = container.querySelector('path[data-district="110113"]')!;
    expect(shunyi).toHaveAttribute('data-state', 'no-relief');
    expect(shunyi.getAttribute('fill')).toMatch(/^url\(#/);

    const legend = within(region()).getByTestId('map-legend');
    expect(legend).toHaveTextContent('图例 · 活动数量');
    expect(legend).toHaveTextContent('无救灾帮扶记录');
    expect(legend).not.toHaveTextContent('NaN');
    expect(within(legend).getAllByRole('listitem').length).toBeGreaterThan(3);
    expect(within(legend).getByRole('note')).toHaveTextContent('含示意数据');

    const buttons = within(districtList()).getAllByRole('button');
    expect(buttons).toHaveLength(16);
    // Ranked by value: Fangshan, hardest hit, first.
    expect(buttons[0]).toHaveAccessibleName(/^选择 房山区 (已走访 )?\d+$/);
    expect(within(districtList()).getAllByText('已走访').length).toBeGreaterThanOrEqual(3);
    // District labels are text, one per district.
    expect(container.querySelectorAll('[data-label]')).toHaveLength(16);
  });

  it('recolours by the chosen measure, keeps it in the URL and shows money in 万元', async () => {
    const { container, location } = renderWithApp(<ReliefMap />, { url: '/?lang=zh-CN&facts=1' });
    await mapDrawn(container);
    const before = container
      .querySelector('path[data-district="110111"]')!
      .getAttribute('data-value');
    await userEvent.selectOptions(
      within(region()).getByRole('combobox', { name: '显示指标' }),
      'workers',
    );
    await waitFor(() => expect(currentUrl(location)).toContain('measure=workers'));
    expect(currentUrl(location)).toContain('facts=1');
    expect(currentUrl(location)).toContain('lang=zh-CN');
    expect(within(region()).getByTestId('map-legend')).toHaveTextContent('图例 · 服务职工');
    await waitFor(() =>
      expect(
        container.querySelector('path[data-district="110111"]')!.getAttribute('data-value'),
      ).not.toBe(before),
    );

    await userEvent.selectOptions(
      within(region()).getByRole('combobox', { name: '显示指标' }),
      'funds',
    );
    await waitFor(() => expect(currentUrl(location)).toContain('measure=funds'));
    // Facts only: the report gives no amounts, so no district has funds on the scale.
    expect(container.querySelectorAll('path[data-state="class"]')).toHaveLength(0);
    expect(within(region()).getByTestId('map-legend')).not.toHaveTextContent('NaN');
  });

  it('shows funds in 万元 in the legend when amounts exist', async () => {
    const { container } = renderWithApp(<ReliefMap />, { url: '/?measure=funds' });
    await mapDrawn(container);
    const legend = within(region()).getByTestId('map-legend');
    expect(legend).toHaveTextContent('万元');
  });

  it('selects a district from the list: URL, panel, and Escape back to all of Beijing', async () => {
    const { container, location } = renderWithApp(<ReliefMap />);
    await mapDrawn(container);
    await userEvent.click(within(districtList()).getByRole('button', { name: /选择 房山区/ }));
    await waitFor(() => expect(currentUrl(location)).toContain('district=110111'));
    const panel = await screen.findByRole('region', { name: '房山区详情' });
    expect(await within(panel).findByText('资金来源')).toBeInTheDocument();
    expect(within(panel).getByText('走访地点')).toBeInTheDocument();
    // The report's Fangshan sites, and the funding bodies it names.
    expect(await within(panel).findByText(/窦店镇苏村/)).toBeInTheDocument();
    expect(within(panel).getByText(/中国职工保险互助会北京办事处/)).toBeInTheDocument();
    // The chart over time, drawn in the background, with its legend in words.
    // Days, as the report's weeks of relief are shorter than the weekly threshold.
    expect(await within(panel).findByRole('img', { name: /房山区.*按日/ })).toBeInTheDocument();
    const legend = within(panel).getByText('报道').closest('ul')!;
    expect([...legend.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '报道',
      '录入',
      '示意',
    ]);
    expect(within(districtList()).getByRole('button', { name: /选择 房山区/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(
      container.querySelector('path[data-district="110111"]')!.getAttribute('class'),
    ).toContain('relief-map__district--selected');

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(currentUrl(location)).not.toContain('district='));
    expect(screen.queryByRole('region', { name: '房山区详情' })).not.toBeInTheDocument();
  });

  it('selects a district by clicking its shape and by keyboard', async () => {
    const { container, location } = renderWithApp(<ReliefMap />);
    await mapDrawn(container);
    fireEvent.click(container.querySelector('path[data-district="110114"]')!);
    await waitFor(() => expect(currentUrl(location)).toContain('district=110114'));
    expect(await screen.findByRole('region', { name: '昌平区详情' })).toBeInTheDocument();

    const huairou = within(districtList()).getByRole('button', { name: /选择 怀柔区/ });
    huairou.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(currentUrl(location)).toContain('district=110116'));
    await userEvent.click(
      within(await screen.findByRole('region', { name: '怀柔区详情' })).getByRole('button', {
        name: /返回全市/,
      }),
    );
    await waitFor(() => expect(currentUrl(location)).not.toContain('district='));
  });

  it('opens with the district from a link', async () => {
    renderWithApp(<ReliefMap />, { url: '/?district=110116&measure=workers' });
    const panel = await screen.findByRole('region', { name: '怀柔区详情' });
    // Huairou: the report's 2,800+ workers.
    const workers = (await within(panel).findByText('服务职工')).closest('div')!;
    const value = Number(
      workers.querySelector('.relief-map__figure-value')!.textContent!.replace(/[^\d]/g, ''),
    );
    expect(value).toBeGreaterThanOrEqual(2800);
  });

  it("lists a district's 20 most active sites, and all of them when asked", async () => {
    const snapshot = testStore.snapshot();
    const huairou = snapshot.sites.find((x) => x.districtCode === '110116' && x.location)!;
    // 30 more sites at Huairou's point; site n has n activities, so 11…30 are the top 20.
    const extra: Site[] = Array.from({ length: 30 }, (_, i) => ({
      ...huairou,
      id: `many-${i + 1}`,
      name: { zh: `怀柔测试地点${i + 1}号`, en: '' },
    }));
    const activities: Activity[] = extra.flatMap((site, i) =>
      Array.from({ length: i + 1 }, (_, k) => ({
        ...snapshot.activities[0]!,
        id: `many-act-${i + 1}-${k}`,
        districtCodes: ['110116'],
        siteIds: [site.id],
      })),
    );
    await testStore.replace({
      ...snapshot,
      sites: [...snapshot.sites, ...extra],
      activities: [...snapshot.activities, ...activities],
    });
    renderWithApp(<ReliefMap />, { url: '/?district=110116' });
    const panel = await screen.findByRole('region', { name: '怀柔区详情' });
    const siteButtons = () =>
      within(panel).queryAllByRole('button', { name: /^怀柔测试地点\d+号/ });
    await waitFor(() => expect(siteButtons()).toHaveLength(20));
    expect(siteButtons()[0]).toHaveAccessibleName(/^怀柔测试地点30号/);
    expect(within(panel).queryByRole('button', { name: /^怀柔测试地点10号/ })).toBeNull();
    const showAll = within(panel).getByRole('button', { name: /^显示全部 \d+ 个地点$/ });
    // The seed's own Huairou sites are in the count too.
    expect(Number(showAll.textContent!.replace(/[^\d]/g, ''))).toBeGreaterThanOrEqual(30);
    await userEvent.click(showAll);
    expect(siteButtons()).toHaveLength(30);
    // Still the most active first.
    expect(siteButtons()[0]).toHaveAccessibleName(/^怀柔测试地点30号/);
    expect(siteButtons().at(-1)).toHaveAccessibleName(/^怀柔测试地点1号/);
    expect(within(panel).queryByRole('button', { name: /^显示全部/ })).toBeNull();
  });

  it("opens a site's popup with what happened there in the scope, and retries a failed answer", async () => {
    const detailPath = '/api/v1/sites/site-jiuduhe-town/summary';
    globalThis.__reliefFaults = { [detailPath]: 'error500' };
    try {
      renderWithApp(<ReliefMap />, { url: '/?district=110116' });
      const panel = await screen.findByRole('region', { name: '怀柔区详情' }, { timeout: 5000 });
      await userEvent.click(await within(panel).findByRole('button', { name: /^九渡河镇/ }));
      const popup = await screen.findByTestId('site-popup');
      // The site record is at hand; its activity could not be loaded, and that is said.
      expect(popup).toHaveTextContent('九渡河镇');
      expect(popup).toHaveTextContent('位置为近似');
      const alert = await within(popup).findByRole('alert');
      expect(alert).toHaveTextContent('该地点的活动加载失败');

      globalThis.__reliefFaults = undefined;
      await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
      await waitFor(() => expect(popup).toHaveTextContent('2023年8月8日'));
      expect(popup).toHaveTextContent('1 · 走访慰问');
      expect(popup).toHaveTextContent('怀柔区总工会');
      expect(within(popup).queryByRole('alert')).toBeNull();
    } finally {
      globalThis.__reliefFaults = undefined;
    }
  });

  it('lists sites it cannot place, as text, and never shows NaN', async () => {
    const snapshot = testStore.snapshot();
    const hostile = '<img src=x onerror=alert(1)>\u202e' + 'x'.repeat(300);
    const extra: Site[] = [
      { ...snapshot.sites[0]!, id: 'bad-none', name: { zh: hostile, en: '' }, location: null },
      {
        ...snapshot.sites[0]!,
        id: 'bad-far',
        name: { zh: '上海某地', en: '' },
        location: { lon: 121.47, lat: 31.23, precision: 'exact' },
      },
    ];
    const activity: Activity = {
      ...snapshot.activities[0]!,
      id: 'bad-act',
      siteIds: ['bad-none', 'bad-far', 'site-that-was-deleted'],
    };
    await testStore.replace({
      ...snapshot,
      sites: [...snapshot.sites, ...extra],
      activities: [...snapshot.activities, activity],
    });
    const { container } = renderWithApp(<ReliefMap />);
    await mapDrawn(container);
    const note = await within(region()).findByTestId('map-unplaced');
    expect(note).toHaveTextContent('3 个地点无法在地图上标出');
    expect(note).toHaveTextContent('没有坐标');
    expect(note).toHaveTextContent('坐标不在北京市范围内');
    expect(note).toHaveTextContent('地点记录不存在');
    expect(within(note).getByText(hostile)).toBeInTheDocument();
    expect(container.querySelector('img[src="x"]')).toBeNull();
    expect(region()).not.toHaveTextContent('NaN');
  });

  it('says which district codes it cannot colour, and still draws the 16 districts', async () => {
    const snapshot = testStore.snapshot();
    const stray: Activity = {
      ...snapshot.activities[0]!,
      id: 'stray-district',
      districtCodes: ['110199'], // well-formed, but no such district in the boundaries
      siteIds: [],
    };
    await testStore.replace({ ...snapshot, activities: [...snapshot.activities, stray] });
    const { container } = renderWithApp(<ReliefMap />);
    await mapDrawn(container);
    const note = await within(region()).findByTestId('map-unplaced');
    expect(note).toHaveTextContent('以下区划代码不在边界数据中，未能着色：110199');
    expect(container.querySelector('[data-district="110199"]')).toBeNull();
    expect(within(districtList()).getAllByRole('button')).toHaveLength(16);
    expect(region()).not.toHaveTextContent('NaN');
  });

  it('survives a dataset with no relief at all', async () => {
    await testStore.replace({ ...testStore.snapshot(), activities: [], funds: [] });
    const { container } = renderWithApp(<ReliefMap />);
    await mapDrawn(container);
    expect(container.querySelectorAll('path[data-state="no-relief"]')).toHaveLength(16);
    expect(within(region()).getByTestId('map-legend')).not.toHaveTextContent('NaN');
    expect(within(districtList()).getAllByText('无记录')).toHaveLength(16);
  });

  it('speaks English', async () => {
    const { container } = renderWithApp(<ReliefMap />, { url: '/?lang=en' });
    const { i18n } = await import('@/i18n');
    // In act: the switch re-renders the mounted map.
    await act(() => i18n.changeLanguage('en'));
    await mapDrawn(container);
    expect(screen.getByRole('region', { name: 'Where relief went' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /^Select Fangshan (Visited )?\d+$/ }),
    ).toBeInTheDocument();
  });
});
