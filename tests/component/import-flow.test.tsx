import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ImportPage } from '@/features/import/components/ImportPage';
import { server, testStore } from '@mocks/node';
import { renderWithApp } from '../support/render';

const fixtureFile = (name: string, type = '') =>
  new File([readFileSync(resolve(process.cwd(), 'tests/fixtures/import', name))], name, { type });

const fileInput = () => document.querySelector('input[type="file"]') as HTMLInputElement;

const importedActivities = (fileName: string) =>
  [...testStore.get('activities').values()].filter(
    (a) => a.provenance.kind === 'entered' && a.provenance.note === `导入自 ${fileName}`,
  );

async function upload(file: File) {
  const user = userEvent.setup();
  await user.upload(fileInput(), file);
  return user;
}

describe('import', () => {
  it('maps the columns of a GBK CSV, previews row errors and imports only the valid rows', async () => {
    renderWithApp(<ImportPage />, { url: '/import' });
    const user = await upload(fixtureFile('activities-gbk.csv', 'text/csv'));

    const mapping = await screen.findByRole('region', { name: '对应列' }, { timeout: 10_000 });
    expect(within(mapping).getByText(/GB18030/)).toBeInTheDocument();
    expect(within(mapping).getByRole('combobox', { name: /^日期/ })).toHaveDisplayValue(
      '第 A 列：日期',
    );
    expect(within(mapping).getByRole('combobox', { name: '单位' })).toHaveDisplayValue(
      '第 D 列：单位',
    );
    expect(within(mapping).getByRole('combobox', { name: '慰问金额' })).toHaveDisplayValue(
      '第 F 列：慰问金',
    );

    // Wait for the organization list so names can be matched.
    await waitFor(() =>
      expect(
        within(mapping).getByLabelText('单位为空的行记为').querySelectorAll('option').length,
      ).toBeGreaterThan(1),
    );
    await user.click(within(mapping).getByRole('button', { name: '检查并预览' }));

    const preview = await screen.findByRole('region', { name: '预览' });
    expect(
      within(preview).getByText(/共 7 行：3 行可以导入，4 行有问题将跳过/),
    ).toBeInTheDocument();
    const reasons = within(preview).getByRole('list', { name: '问题' });
    expect(within(reasons).getByText('日期：日期不存在（1 行）')).toBeInTheDocument();
    expect(within(reasons).getByText('区：不是北京的区（1 行）')).toBeInTheDocument();
    expect(within(reasons).getByText('慰问金额：金额不能为负数（1 行）')).toBeInTheDocument();

    const before = testStore.get('activities').size;
    await user.click(within(preview).getByRole('button', { name: '导入 3 条记录' }));

    const result = await screen.findByRole('region', { name: '导入结果' });
    expect(within(result).getByText('已导入 3 条活动记录')).toBeInTheDocument();
    expect(within(result).getByText('跳过 4 行：')).toBeInTheDocument();
    expect(within(result).getByRole('link', { name: '到台账查看' })).toHaveAttribute(
      'href',
      '/ledger',
    );

    expect(testStore.get('activities').size).toBe(before + 3);
    const imported = importedActivities('activities-gbk.csv');
    expect(imported.map((a) => a.date).sort()).toEqual(['2023-08-09', '2023-08-10', '2023-08-11']);
    // The hostile string is stored as text and never became markup.
    expect(imported.some((a) => a.notes === '<img src=x onerror=alert(1)>')).toBe(true);
    expect(document.querySelector('img')).toBeNull();
  });

  it('imports fund allocations: recognises the sheet, previews row errors, adds only valid rows', async () => {
    renderWithApp(<ImportPage />, { url: '/import' });
    const user = await upload(fixtureFile('funds.csv', 'text/csv'));

    const mapping = await screen.findByRole('region', { name: '对应列' }, { timeout: 10_000 });
    expect(within(mapping).getByRole('radio', { name: /资金拨付/ })).toBeChecked();
    expect(within(mapping).getByRole('combobox', { name: '拨付单位' })).toHaveDisplayValue(
      '第 A 列：拨付单位',
    );
    expect(within(mapping).getByRole('combobox', { name: '接收区' })).toHaveDisplayValue(
      '第 B 列：受援区',
    );
    expect(within(mapping).getByRole('combobox', { name: '金额' })).toHaveDisplayValue(
      '第 C 列：拨付金额',
    );
    expect(within(mapping).getByRole('combobox', { name: '状态' })).toHaveDisplayValue(
      '第 F 列：状态',
    );
    await waitFor(() =>
      expect(
        within(mapping).getByLabelText('拨付单位为空的行记为').querySelectorAll('option').length,
      ).toBeGreaterThan(1),
    );
    await user.click(within(mapping).getByRole('button', { name: '检查并预览' }));

    const preview = await screen.findByRole('region', { name: '预览' });
    expect(
      within(preview).getByText(/共 8 行：3 行可以导入，5 行有问题将跳过/),
    ).toBeInTheDocument();
    const reasons = within(preview).getByRole('list', { name: '问题' });
    expect(within(reasons).getByText('接收区：不是北京的区（1 行）')).toBeInTheDocument();
    expect(within(reasons).getByText('用途：必填（1 行）')).toBeInTheDocument();
    expect(within(reasons).getByText(/^状态：状态无法识别/)).toBeInTheDocument();
    // (The preview rows themselves are virtualised: jsdom lays nothing out, the e2e reads them.)
    expect(document.querySelector('img')).toBeNull();

    const before = testStore.get('funds').size;
    await user.click(within(preview).getByRole('button', { name: '导入 3 条记录' }));
    const result = await screen.findByRole('region', { name: '导入结果' });
    expect(within(result).getByText('已导入 3 条资金拨付记录')).toBeInTheDocument();
    expect(testStore.get('funds').size).toBe(before + 3);
    const imported = [...testStore.get('funds').values()].filter(
      (f) => f.provenance.kind === 'entered' && f.provenance.note === '导入自 funds.csv',
    );
    expect(imported.map((f) => f.amount?.yuan)).toEqual([50_000, 50_000, 30_000]);
  });

  it('lets staff switch the kind of record by hand', async () => {
    renderWithApp(<ImportPage />, { url: '/import' });
    const user = await upload(fixtureFile('activities-gbk.csv', 'text/csv'));
    const mapping = await screen.findByRole('region', { name: '对应列' }, { timeout: 10_000 });
    expect(within(mapping).getByRole('radio', { name: /帮扶活动/ })).toBeChecked();
    await user.click(within(mapping).getByRole('radio', { name: /资金拨付/ }));
    expect(within(mapping).getByRole('combobox', { name: /^拨付日期/ })).toHaveDisplayValue(
      '第 A 列：日期',
    );
    expect(within(mapping).getByRole('combobox', { name: '接收区' })).toHaveDisplayValue(
      '第 B 列：区',
    );
    expect(
      within(mapping).getByText('请选择“拨付单位”对应的列，或选一个默认拨付单位。'),
    ).toBeInTheDocument();
  });

  it('creates missing organizations when asked, and keeps every choice after a failed send', async () => {
    renderWithApp(<ImportPage />, { url: '/import' });
    const user = await upload(fixtureFile('activities-gbk.csv'));
    const mapping = await screen.findByRole('region', { name: '对应列' }, { timeout: 10_000 });
    await waitFor(() =>
      expect(
        within(mapping).getByLabelText('单位为空的行记为').querySelectorAll('option').length,
      ).toBeGreaterThan(1),
    );
    await user.click(within(mapping).getByLabelText(/自动创建/));
    // Leave the notes out on purpose: the choice must survive the failure.
    await user.selectOptions(within(mapping).getByRole('combobox', { name: '备注' }), '');
    await user.click(within(mapping).getByRole('button', { name: '检查并预览' }));

    const preview = await screen.findByRole('region', { name: '预览' });
    expect(within(preview).getByText(/4 行可以导入/)).toBeInTheDocument();
    expect(within(preview).getByText(/将新建 2 个单位/)).toBeInTheDocument();

    let fail = true;
    server.use(
      http.post('*/api/v1/activities/batch', () =>
        fail
          ? HttpResponse.json(
              { error: { code: 'internal', message: 'disk full' } },
              { status: 503 },
            )
          : undefined,
      ),
    );
    const before = testStore.get('activities').size;
    await user.click(within(preview).getByRole('button', { name: '导入 4 条记录' }));
    const alert = await within(preview).findByRole('alert');
    expect(alert).toHaveTextContent(/导入中断.*disk full.*可以重试/);
    expect(testStore.get('activities').size).toBe(before);

    fail = false;
    await user.click(within(preview).getByRole('button', { name: '导入 4 条记录' }));
    const result = await screen.findByRole('region', { name: '导入结果' });
    expect(within(result).getByText('已导入 4 条活动记录')).toBeInTheDocument();
    expect(within(result).getByText('新建单位 2 个')).toBeInTheDocument();
    expect(testStore.get('activities').size).toBe(before + 4);
    const imported = importedActivities('activities-gbk.csv');
    expect(imported.every((a) => !a.notes.includes('<img'))).toBe(true);
    const names = [...testStore.get('organizations').values()].map((o) => o.name.zh);
    expect(names.filter((n) => n === '门头沟区妙峰山镇工会')).toHaveLength(1);
  });

  it('imports an XLSX with Chinese headers below a title row', async () => {
    renderWithApp(<ImportPage />, { url: '/import' });
    const user = await upload(fixtureFile('activities.xlsx'));
    const mapping = await screen.findByRole('region', { name: '对应列' }, { timeout: 10_000 });
    expect(within(mapping).getByText(/列名在第 2 行/)).toBeInTheDocument();
    expect(within(mapping).getByText(/金额单位：列名中写明为“万元”/)).toBeInTheDocument();
    await waitFor(() =>
      expect(
        within(mapping).getByLabelText('单位为空的行记为').querySelectorAll('option').length,
      ).toBeGreaterThan(1),
    );
    await user.click(within(mapping).getByRole('button', { name: '检查并预览' }));
    const preview = await screen.findByRole('region', { name: '预览' });
    await user.click(within(preview).getByRole('button', { name: '导入 3 条记录' }));
    await screen.findByRole('region', { name: '导入结果' });
    const imported = importedActivities('activities.xlsx');
    expect(imported.map((a) => a.cash?.yuan).sort()).toEqual([15000, 20000, 8000]);
  });

  it.each([
    ['a PDF named .csv', new File(['%PDF-1.7\n'], 'report.csv'), /不是 CSV 或 XLSX 文件/],
    ['an empty file', new File([], 'empty.csv'), /文件是空的/],
    [
      'a file over 20 MB',
      new File([new Uint8Array(20 * 1024 * 1024 + 1)], 'big.csv'),
      /超过 20 MB/,
    ],
  ])('explains %s and stays on the file step', async (_name, file, message) => {
    renderWithApp(<ImportPage />, { url: '/import' });
    await upload(file);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('region', { name: '选择文件' })).toBeInTheDocument();
  });

  it('warns about merged header cells', async () => {
    renderWithApp(<ImportPage />, { url: '/import' });
    await upload(fixtureFile('merged-header.xlsx'));
    const mapping = await screen.findByRole('region', { name: '对应列' }, { timeout: 10_000 });
    expect(within(mapping).getByRole('note')).toHaveTextContent(/第 B 列有数据但没有列名.*合并/);
  });
});
