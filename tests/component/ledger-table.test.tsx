import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Ledger } from '@/features/ledger/components/Ledger';
import { UTF8_BOM } from '@/lib/export/csv';
import { generateDataset } from '@mocks/data/generator';
import { server, testStore } from '@mocks/node';
import { makeActivity, makeFund } from '../support/factories';
import { renderWithApp } from '../support/render';

// The search waits for a pause in typing, and the machine may be busy: give async queries room.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has no element scrolling; the virtualizer calls it on keyboard moves.
beforeAll(() => {
  Element.prototype.scrollTo ??= function scrollTo() {};
});

const grid = () => screen.findByRole('grid');
/** Loaded body rows (the header row has aria-rowindex 1). */
const bodyRows = (g: HTMLElement) =>
  within(g)
    .getAllByRole('row')
    .filter((r) => r.getAttribute('data-loaded') === 'true');
const cellOf = (row: HTMLElement, column: number) =>
  row.querySelector<HTMLElement>(`[aria-colindex="${column}"]`)?.textContent ?? '';
const columnIndex = (g: HTMLElement, name: RegExp) => {
  const headers = within(g).getAllByRole('columnheader');
  const i = headers.findIndex((h) => name.test(h.textContent ?? ''));
  if (i < 0) throw new Error(`no column ${name}`);
  return i + 1;
};
const lastUrl = (location: { history: string[] }) => location.history.at(-1) ?? '';

async function install(activities = [makeActivity()], funds = [makeFund()]) {
  const base = testStore.snapshot();
  await testStore.replace({ ...base, activities, funds });
}

afterEach(() => {
  vi.restoreAllMocks();
});

/** The bytes of a downloaded file as text, keeping a BOM (FileReader's text decoding drops it). */
async function blobText(blob: Blob): Promise<string> {
  const buffer = await new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(buffer);
}

describe('ledger', () => {
  it('shows only the records of the district in the URL, with their district names', async () => {
    await install([
      makeActivity({ title: { zh: '房山走访', en: '' }, districtCodes: ['110111'] }),
      makeActivity({ title: { zh: '怀柔走访', en: '' }, districtCodes: ['110116'] }),
      makeActivity({ title: { zh: '昌平走访', en: '' }, districtCodes: ['110114'] }),
    ]);
    renderWithApp(<Ledger />, { url: '/ledger?district=110111' });
    const g = await grid();
    await waitFor(() => expect(bodyRows(g)).toHaveLength(1));
    const row = bodyRows(g)[0] as HTMLElement;
    expect(row).toHaveTextContent('房山走访');
    expect(cellOf(row, columnIndex(g, /^区/))).toBe('房山区');
    expect(screen.getByText('共 1 条')).toBeInTheDocument();
  });

  it('searches Chinese substrings after a pause and keeps the search in the URL', async () => {
    await install([
      makeActivity({ title: { zh: '九渡河镇河道清淤', en: '' } }),
      makeActivity({ title: { zh: '南口镇慰问', en: '' } }),
    ]);
    const { location } = renderWithApp(<Ledger />, { url: '/ledger' });
    const g = await grid();
    await waitFor(() => expect(bodyRows(g)).toHaveLength(2));
    await userEvent.type(screen.getByRole('searchbox', { name: '搜索' }), '渡河');
    await waitFor(() => expect(bodyRows(g)).toHaveLength(1));
    expect(bodyRows(g)[0]).toHaveTextContent('九渡河镇河道清淤');
    expect(new URLSearchParams(lastUrl(location).split('?')[1]).get('q')).toBe('渡河');
  });

  it('sorts by a column header and says so with aria-sort', async () => {
    await install([
      makeActivity({ workersServed: { value: 30, basis: 'reported', atLeast: false } }),
      makeActivity({ workersServed: { value: 2800, basis: 'reported', atLeast: true } }),
      makeActivity({ workersServed: { value: 500, basis: 'illustrative', atLeast: false } }),
    ]);
    renderWithApp(<Ledger />, { url: '/ledger' });
    const g = await grid();
    await waitFor(() => expect(bodyRows(g)).toHaveLength(3));
    const col = columnIndex(g, /服务职工/);
    const header = within(g).getAllByRole('columnheader')[col - 1] as HTMLElement;
    expect(header).toHaveAttribute('aria-sort', 'none');
    const numbers = () => bodyRows(g).map((r) => cellOf(r, col));

    await userEvent.click(within(header).getByRole('button'));
    await waitFor(() => expect(header).toHaveAttribute('aria-sort', 'descending'));
    await waitFor(() => expect(numbers()).toEqual(['2,800余', '500示意', '30']));

    await userEvent.click(within(header).getByRole('button'));
    await waitFor(() => expect(header).toHaveAttribute('aria-sort', 'ascending'));
    await waitFor(() => expect(numbers()).toEqual(['30', '500示意', '2,800余']));
  });

  it('shows the quote of a reported record, with who changed it and an edit link', async () => {
    await install([
      makeActivity({
        id: 'act-quoted',
        provenance: { kind: 'reported', source: 'union-report', quote: '服务职工2800余人' },
        updatedBy: '王小明',
      }),
    ]);
    renderWithApp(<Ledger />, { url: '/ledger' });
    const g = await grid();
    await waitFor(() => expect(bodyRows(g)).toHaveLength(1));
    const row = bodyRows(g)[0] as HTMLElement;
    expect(within(row).getByText('报道')).toBeInTheDocument();
    expect(row).toHaveTextContent('王小明');
    await userEvent.click(row);
    const details = screen.getByRole('complementary', { name: /测试活动/ });
    expect(within(details).getByText('服务职工2800余人')).toBeInTheDocument();
    expect(within(details).getByText(/union-report/)).toBeInTheDocument();
    expect(within(details).getByRole('link', { name: '编辑此记录' })).toHaveAttribute(
      'href',
      '/entry/activity/act-quoted',
    );
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  });

  it('opens a row from the keyboard', async () => {
    await install([makeActivity({ date: '2023-08-09' }), makeActivity({ date: '2023-08-01' })]);
    renderWithApp(<Ledger />, { url: '/ledger' });
    const g = await grid();
    await waitFor(() => expect(bodyRows(g)).toHaveLength(2));
    const [first, second] = bodyRows(g) as [HTMLElement, HTMLElement];
    expect(first).toHaveAttribute('tabindex', '0');
    // Focusing the row sets the grid's active row at once: an update of the test's own making.
    act(() => first.focus());
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(second).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('complementary')).toHaveTextContent('2023年8月1日');
  });

  it('lists recent changes: last changed first, with who and when', async () => {
    await install([
      makeActivity({ title: { zh: '旧记录', en: '' }, updatedAt: '2023-08-10T09:00:00+08:00' }),
      makeActivity({
        title: { zh: '刚改过', en: '' },
        date: '2023-07-30',
        updatedAt: '2023-09-01T10:00:00+08:00',
        updatedBy: '李华',
      }),
    ]);
    const { location } = renderWithApp(<Ledger />, { url: '/ledger' });
    const g = await grid();
    await waitFor(() => expect(bodyRows(g)[0]).toHaveTextContent('旧记录'));
    await userEvent.click(screen.getByRole('button', { name: '最近更改' }));
    await waitFor(() => expect(bodyRows(g)[0]).toHaveTextContent('刚改过'));
    expect(bodyRows(g)[0]).toHaveTextContent('李华');
    expect(screen.getByRole('button', { name: '最近更改' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(lastUrl(location)).toContain('sort=-updatedAt');
  });

  it('switches to fund allocations, showing "not reported" for a missing amount', async () => {
    await install(
      [makeActivity()],
      [
        makeFund({ amount: null, purpose: { zh: '救灾专项资金', en: '' } }),
        makeFund({ amount: { yuan: 50_000, basis: 'illustrative' } }),
      ],
    );
    renderWithApp(<Ledger />, { url: '/ledger' });
    await waitFor(async () => expect(bodyRows(await grid())).toHaveLength(1));
    // The activities on screen must not stand in for funds while they load.
    await userEvent.click(screen.getByRole('button', { name: '资金拨付' }));
    await waitFor(async () => expect(bodyRows(await grid())).toHaveLength(2));
    const g = await grid();
    expect(g).toHaveTextContent('未披露');
    expect(g).toHaveTextContent('5 万元');
    expect(screen.getByRole('button', { name: '资金拨付' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});

describe('ledger with bad input', () => {
  it('renders hostile strings as text; clamps long titles and shows long text in full in the details', async () => {
    // The contract caps titles at 500 characters; notes may hold 10,000.
    const long = '长'.repeat(500);
    const notes = '注'.repeat(10_000);
    await install([
      makeActivity({ title: { zh: '<img src=x onerror=alert(1)>', en: '' } }),
      makeActivity({ title: { zh: `\u202Egnp.exe\u202C 标题`, en: '' }, date: '2023-08-06' }),
      makeActivity({ title: { zh: long, en: '' }, notes, date: '2023-08-05' }),
    ]);
    renderWithApp(<Ledger />, { url: '/ledger' });
    const g = await grid();
    await waitFor(() => expect(bodyRows(g)).toHaveLength(3));
    expect(g.querySelector('img')).toBeNull();
    expect(g).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(g).toHaveTextContent('\u202Egnp.exe\u202C 标题');
    const longRow = bodyRows(g)[2] as HTMLElement;
    expect(longRow.querySelector('.ledger-clamp')).not.toBeNull();
    await userEvent.click(longRow);
    const details = screen.getByRole('complementary');
    expect(within(details).getByRole('heading', { level: 3 }).textContent).toHaveLength(500);
    expect(within(details).getByText(notes)).toBeInTheDocument();
  });

  it('shows the raw id of an unknown organization', async () => {
    await install([makeActivity({ organizationId: 'org-nobody-knows' })]);
    renderWithApp(<Ledger />, { url: '/ledger' });
    const g = await grid();
    await waitFor(() => expect(bodyRows(g)).toHaveLength(1));
    expect(bodyRows(g)[0]).toHaveTextContent('org-nobody-knows');
  });

  it('says there are no records in this scope and clears the filters', async () => {
    await install([makeActivity({ districtCodes: ['110111'] })]);
    const { location } = renderWithApp(<Ledger />, { url: '/ledger?district=110116&q=abc' });
    expect(await screen.findByText('没有与“abc”匹配的记录')).toBeInTheDocument();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '清除筛选与搜索' }));
    const g = await grid();
    await waitFor(() => expect(bodyRows(g)).toHaveLength(1));
    expect(lastUrl(location)).not.toMatch(/district|q=/);
  });

  it('shows an API failure with retry, then the rows', async () => {
    await install([makeActivity({ title: { zh: '恢复后可见', en: '' } })]);
    let fail = true;
    server.use(
      http.get('*/api/v1/activities', () =>
        fail
          ? HttpResponse.json({ error: { code: 'internal', message: 'boom' } }, { status: 500 })
          : undefined,
      ),
    );
    renderWithApp(<Ledger />, { url: '/ledger' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/服务器出错（500）/);
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    const g = await grid();
    await waitFor(() => expect(bodyRows(g)).toHaveLength(1));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the previous rows on screen when a new scope fails to load', async () => {
    await install([makeActivity({ title: { zh: '先前的记录', en: '' } })]);
    const { location } = renderWithApp(<Ledger />, { url: '/ledger' });
    const g = await grid();
    await waitFor(() => expect(bodyRows(g)).toHaveLength(1));
    server.use(
      http.get('*/api/v1/activities', () =>
        HttpResponse.json({ error: { code: 'internal', message: 'boom' } }, { status: 500 }),
      ),
    );
    await userEvent.type(screen.getByRole('searchbox'), 'x{Enter}');
    await waitFor(() => expect(lastUrl(location)).toContain('q=x'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/服务器出错/);
    expect(screen.getByRole('grid')).toHaveTextContent('先前的记录');
  });
});

describe('ledger at scale', () => {
  it('keeps only the visible rows in the DOM with 20,000 activities', async () => {
    const big = generateDataset({ activities: 20_000, sites: 200, funds: 10 });
    await testStore.replace(big);
    renderWithApp(<Ledger />, { url: '/ledger' });
    const g = await grid();
    await waitFor(() => expect(bodyRows(g).length).toBeGreaterThan(5));
    expect(g).toHaveAttribute('aria-rowcount', '20001');
    expect(within(g).getAllByRole('row').length).toBeLessThan(60);
    expect(screen.getByText('共 20,000 条')).toBeInTheDocument();
  });
});

describe('ledger export', () => {
  it('downloads every matching row as CSV with a BOM and neutralised cells', async () => {
    const activities = Array.from({ length: 1203 }, (_, i) =>
      makeActivity({ title: { zh: `记录${i}`, en: '' }, date: '2023-08-01' }),
    );
    activities.push(
      makeActivity({
        title: { zh: '=HYPERLINK("http://evil","点我")', en: '' },
        date: '2023-08-09',
        cash: { yuan: 50_000, basis: 'illustrative' },
        provenance: { kind: 'reported', source: 'union-report', quote: '@原文' },
      }),
    );
    await install(activities);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:ledger-test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});

    renderWithApp(<Ledger />, { url: '/ledger' });
    expect(await screen.findByText('将导出当前范围内的全部 1,204 条记录')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '导出 CSV' }));
    expect(await screen.findByText(/已导出 1,204 条记录/)).toBeInTheDocument();

    expect(blobs).toHaveLength(1);
    const text = await blobText(blobs[0] as Blob);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1205);
    const header = (lines[0] as string).split(',');
    expect(header).toContain('慰问金（元）');
    expect(header).toContain('原文 / 说明');
    const hostile = lines[1] as string; // newest first, like the table
    expect(hostile).toContain(`"'=HYPERLINK(""http://evil"",""点我"")"`);
    expect(hostile).toContain(',50000,');
    expect(hostile).toContain(`'@原文`);
  });

  it('can be cancelled', async () => {
    await install(Array.from({ length: 30 }, () => makeActivity()));
    server.use(
      http.get('*/api/v1/activities', async ({ request }) => {
        if (new URL(request.url).searchParams.get('limit') === '1000')
          await new Promise((r) => setTimeout(r, 5_000));
        return undefined;
      }),
    );
    const create = vi.spyOn(URL, 'createObjectURL');
    renderWithApp(<Ledger />, { url: '/ledger' });
    await screen.findByText('将导出当前范围内的全部 30 条记录');
    await userEvent.click(screen.getByRole('button', { name: '导出 XLSX' }));
    await userEvent.click(await screen.findByRole('button', { name: '取消导出' }));
    expect(await screen.findByText('已取消导出')).toBeInTheDocument();
    expect(create).not.toHaveBeenCalled();
  });
});
