import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartsSection } from '@/features/charts/components/ChartsSection';
import { parseFilters } from '@/filters/url-filters';
import { testStore } from '@mocks/node';
import { makeActivity, makeFund } from '../support/factories';
import { renderWithApp } from '../support/render';

const HOSTILE = '<img src=x onerror=alert(1)>';

async function openTable(name: string) {
  const region = await screen.findByRole('region', { name }, { timeout: 5000 });
  await userEvent.click(within(region).getByRole('button', { name: '以表格显示' }));
  return { region, table: await within(region).findByRole('table') };
}

function query(href: string | null) {
  const [path, search = ''] = (href ?? '').split('?');
  return { path, params: new URLSearchParams(search), filters: parseFilters(search) };
}

afterEach(() => vi.restoreAllMocks());

describe('chart → ledger links', () => {
  it('each district row of the funds chart opens the funds ledger for that district, in scope', async () => {
    const { location } = renderWithApp(<ChartsSection />, { url: '/?from=2023-08-01&lang=zh-CN' });
    const { table } = await openTable('资金去向（按受援区）');
    const row = within(table)
      .getByRole('rowheader', { name: /房山区/ })
      .closest('tr')!;
    const link = within(row).getByRole('link', { name: '打开台账：房山区' });
    const { path, params, filters } = query(link.getAttribute('href'));
    expect(path).toBe('/ledger');
    expect(params.get('view')).toBe('funds');
    expect(params.get('lang')).toBe('zh-CN');
    expect(filters).toMatchObject({ from: '2023-08-01', districts: ['110111'] });

    await userEvent.click(link);
    expect(location.history.at(-1)).toBe(link.getAttribute('href'));
  });

  it('type rows open activities of that type; time rows open that day', async () => {
    renderWithApp(<ChartsSection />);
    const { table } = await openTable('各类救灾帮扶活动');
    const training = within(table).getByRole('link', { name: '打开台账：培训' });
    expect(query(training.getAttribute('href')).params.get('view')).toBe('activities');
    expect(query(training.getAttribute('href')).filters.types).toEqual(['training']);

    const time = await openTable('活动与资金的时间分布');
    const first = within(time.table).getAllByRole('row')[1]!;
    expect(within(first).getByRole('rowheader')).toHaveTextContent('7月29日');
    const [activities, funds] = within(first).getAllByRole('link');
    expect(query(activities!.getAttribute('href')).filters).toMatchObject({
      from: '2023-07-29',
      to: '2023-07-29',
    });
    expect(query(funds!.getAttribute('href')).params.get('view')).toBe('funds');
  });
});

describe('charts with bad or no data', () => {
  it('say "no data for this scope" instead of drawing empty axes', async () => {
    await testStore.replace({ ...testStore.snapshot(), activities: [], funds: [] });
    renderWithApp(<ChartsSection />);
    const region = await screen.findByRole(
      'region',
      { name: '各区服务职工人数' },
      { timeout: 5000 },
    );
    expect(within(region).getByText('当前范围内没有数据')).toBeInTheDocument();
    expect(region.querySelector('svg.recharts-surface')).toBeNull();
    expect(screen.getAllByText('当前范围内没有数据')).toHaveLength(6);
  });

  it('show hostile and unknown names as text, and export them neutralised with a BOM', async () => {
    const snapshot = testStore.snapshot();
    // 500 characters is the longest name the contract lets through.
    const evilName = `=HYPERLINK("x")${HOSTILE}${'长'.repeat(450)}`;
    await testStore.replace({
      ...snapshot,
      organizations: [
        ...snapshot.organizations,
        {
          id: 'org-evil',
          name: { zh: evilName, en: '' },
          kind: 'foundation',
          districtCode: null,
          provenance: { kind: 'entered', note: '' },
        },
      ],
      activities: [makeActivity({ organizationId: 'org-evil' })],
      funds: [
        makeFund({ sourceOrganizationId: 'org-evil', amount: { yuan: 1e12, basis: 'entered' } }),
        makeFund({ sourceOrganizationId: 'org-ghost', amount: { yuan: 0, basis: 'entered' } }),
      ],
    });
    renderWithApp(<ChartsSection />);
    const { region, table } = await openTable('资金来源（按拨付单位）');
    const names = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(names[0]).toBe(evilName);
    expect(names).toContain('org-ghost');
    expect(document.querySelector('img')).toBeNull();
    expect(within(table).getAllByText('10,000 亿元').length).toBeGreaterThan(0);

    let saved: Blob | undefined;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved = blob;
      return 'blob:chart';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await userEvent.click(within(region).getByRole('button', { name: '导出数据（CSV）' }));
    await waitFor(() => expect(saved).toBeDefined());
    const buffer = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(saved!);
    });
    const bytes = new Uint8Array(buffer);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[0]).toBe('名称,合计,其中报道,其中录入,其中示意,拨付笔数');
    // One quoted cell, its quotes doubled and the formula neutralised by a leading apostrophe.
    expect(text).toContain(`"'=HYPERLINK(""x"")${HOSTILE}长长`);
    expect(text).toContain('1000000000000');
    expect(text).toContain('org-ghost,0,0,0,0,1');
  });
});
