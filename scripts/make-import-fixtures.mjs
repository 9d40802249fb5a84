/**
 * Builds the import fixtures in tests/fixtures/import/ (see the README there).
 *
 *   node scripts/make-import-fixtures.mjs            the small fixtures (committed)
 *   node scripts/make-import-fixtures.mjs --big DIR  also DIR/activities-100k.csv and
 *                                                    DIR/funds-10k.csv (for timing)
 *
 * Node's TextEncoder writes only UTF-8, so GBK bytes come from a lookup table built by decoding
 * every two-byte GBK sequence with TextDecoder('gb18030') (Node 20 has full ICU).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import writeExcelFile from 'write-excel-file/node';

const OUT = fileURLToPath(new URL('../tests/fixtures/import/', import.meta.url));

const gbkTable = new Map();
{
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
    }
}

export function encodeGbk(text) {
  const out = [];
  for (const ch of text) {
    const code = ch.codePointAt(0);
    if (code < 0x80) out.push(code);
    else {
      const pair = gbkTable.get(ch);
      if (!pair) throw new Error(`not in GBK: ${ch}`);
      out.push(...pair);
    }
  }
  return Uint8Array.from(out);
}

const csvCell = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = (rows) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

// A sheet as a district federation keeps it, saved by Excel as "CSV (逗号分隔)" in GBK.
const gbkRows = [
  ['日期', '区', '乡镇/街道', '单位', '服务人数', '慰问金', '类型', '事项', '备注'],
  [
    '2023/8/9',
    '怀柔',
    '九渡河镇',
    '怀柔区总工会',
    '120人',
    '6万元',
    '走访慰问',
    '慰问九渡河镇清淤职工',
    '',
  ],
  [
    '2023年8月10日',
    '房山区',
    '窦店镇',
    '房山区总工会',
    '2,800余人',
    '￥50,000',
    '物资配送',
    '为窦店镇一线职工送饮用水',
    '含矿泉水 300 箱',
  ],
  [
    '8月11日',
    'Changping',
    '南口镇',
    '昌平区总工会',
    '85',
    '３万',
    '慰问',
    '南口镇防汛一线慰问',
    '<img src=x onerror=alert(1)>',
  ],
  [
    '2023-08-12',
    '门头沟',
    '妙峰山镇',
    '门头沟区妙峰山镇工会',
    '60',
    '20000',
    '灾后重建',
    '=HYPERLINK("http://example.com","点击查看")',
    '',
  ],
  ['2023-02-30', '房山', '', '房山区总工会', '10', '1000', '', '日期不存在的一行', ''],
  ['2023-08-13', '上海', '', '房山区总工会', '10', '1000', '', '区不对的一行', ''],
  ['2023-08-14', '房山', '', '某某不存在的工会', '10', '-500', '', '单位未知且金额为负的一行', ''],
];

// Fund allocations as a federation's finance sheet lists them (UTF-8 with BOM, as Excel saves
// "CSV UTF-8"): three good rows, then one problem per row.
const fundRows = [
  ['拨付单位', '受援区', '拨付金额', '拨付日期', '用途', '状态'],
  ['北京市总工会', '房山区', '5万', '2023-08-05', '房山区防汛救灾慰问金', '已拨付'],
  ['北京市温暖基金会', '门头沟', '￥50,000', '2023/8/6', '门头沟区受灾职工帮扶', '已下达'],
  ['北京市总工会', 'Changping', '３万元', '2023年8月7日', '昌平区一线职工慰问', '计划'],
  ['某某不存在的基金会', '房山', '1万', '2023-08-08', '来源未知的一行', '已拨付'],
  ['北京市总工会', '上海', '1万', '2023-08-09', '区不对的一行', '已拨付'],
  ['北京市总工会', '怀柔', '若干', '2023-08-10', '金额无法识别的一行', '已拨付'],
  ['北京市总工会', '怀柔', '1万', '2023-08-11', '', '已拨付'],
  ['北京市总工会', '怀柔', '1万', '2023-08-12', '<img src=x onerror=alert(1)>', '也许'],
];

async function main() {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'funds.csv'), '\ufeff' + csv(fundRows));
  writeFileSync(join(OUT, 'activities-gbk.csv'), encodeGbk(csv(gbkRows)));

  // XLSX with Chinese headers under a merged title row, date cells, numbers, a formula.
  const date = (iso) => ({
    type: Date,
    value: new Date(`${iso}T00:00:00Z`),
    format: 'yyyy"年"m"月"d"日"',
  });
  const xlsx = [
    [
      { value: '2023年防汛救灾慰问活动统计表', columnSpan: 9, fontWeight: 'bold' },
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ],
    ['日期', '所在区', '地点', '工会', '职工人数', '金额（万元）', '活动类型', '活动内容', '备注'],
    [
      date('2023-08-15'),
      '延庆区',
      '',
      '北京市总工会',
      40,
      2,
      '走访慰问',
      '延庆区防汛一线职工慰问',
      '',
    ],
    [
      date('2023-08-16'),
      '密云',
      '',
      '北京市总工会',
      55,
      1.5,
      '资金拨付',
      '拨付密云区防汛慰问金',
      '',
    ],
    [
      date('2023-08-17'),
      '平谷区',
      '',
      '北京市温暖基金会',
      30,
      0.8,
      '物资配送',
      '平谷区爱心物资',
      { type: 'Formula', value: '=1+1' },
    ],
  ];
  writeFileSync(join(OUT, 'activities.xlsx'), await writeExcelFile(xlsx).toBuffer());

  // Merged header cells: "日期" spans two columns, so column B has data but no name.
  const merged = [
    [{ value: '日期', columnSpan: 2 }, null, '单位', '人数'],
    ['2023-08-18', '上午', '北京市总工会', 10],
  ];
  writeFileSync(join(OUT, 'merged-header.xlsx'), await writeExcelFile(merged).toBuffer());

  const bigDir = process.argv.indexOf('--big');
  if (bigDir > 0) {
    const dir = process.argv[bigDir + 1] ?? '/tmp';
    writeFileSync(join(dir, 'activities-100k.csv'), bigActivitiesCsv(100_000));
    writeFileSync(join(dir, 'funds-10k.csv'), bigFundsCsv(10_000));
  }
}

/**
 * A large activity sheet as district federations keep it (UTF-8 with BOM, as Excel saves
 * "CSV UTF-8"), deterministic for a given size: Chinese headers, mixed date and amount
 * notations, known towns and organizations, and one row in 1,000 with a date that does not
 * exist so that the preview has row errors to show. Used by `npm run bench` (import step).
 * @param {number} rows
 */
export function bigActivitiesCsv(rows) {
  const districts = ['房山', '怀柔区', '昌平', '门头沟区', '大兴', 'Miyun', '110111'];
  const towns = ['窦店镇', '九渡河镇', '南口镇', '流村镇', '', ''];
  const orgs = ['北京市总工会', '房山区总工会', '怀柔区总工会', '昌平区总工会', '门头沟区总工会'];
  const types = ['走访慰问', '物资配送', '慰问金发放', '防暑降温', '灾后重建'];
  const lines = [['日期', '区', '乡镇/街道', '单位', '服务人数', '慰问金', '类型', '事项', '备注']];
  for (let i = 0; i < rows; i++) {
    const day = 1 + (i % 28);
    const dd = String(day).padStart(2, '0');
    const date =
      i % 1000 === 999
        ? '2023-02-30'
        : [`2023-08-${dd}`, `2023/8/${day}`, `2023年8月${day}日`][i % 3];
    lines.push([
      date ?? '',
      districts[i % districts.length] ?? '',
      towns[i % towns.length] ?? '',
      orgs[i % orgs.length] ?? '',
      i % 4 === 0 ? `${10 + (i % 90)}余人` : String(10 + (i % 90)),
      [`${1 + (i % 9)}千`, `${(i % 7) + 1}万元`, `￥${(1 + (i % 50)) * 100}`][i % 3] ?? '',
      types[i % types.length] ?? '',
      `批量导入测试 ${i + 1}`,
      i % 10 === 0 ? '备注：含饮用水 20 箱' : '',
    ]);
  }
  return '\ufeff' + csv(lines);
}

/**
 * A fund allocation sheet (拨付单位, 受援区, 金额, 日期, 用途, 状态), deterministic.
 * @param {number} rows
 */
export function bigFundsCsv(rows) {
  const sources = ['北京市总工会', '北京市温暖基金会', '房山区总工会'];
  const districts = ['房山区', '门头沟', '昌平', '怀柔区'];
  const statuses = ['已拨付', '已下达', '计划'];
  const lines = [['拨付单位', '受援区', '拨付金额', '拨付日期', '用途', '状态']];
  for (let i = 0; i < rows; i++) {
    lines.push([
      sources[i % sources.length] ?? '',
      districts[i % districts.length] ?? '',
      `${1 + (i % 20)}万元`,
      `2023-08-${String(1 + (i % 28)).padStart(2, '0')}`,
      `防汛救灾专项资金 ${i + 1}`,
      statuses[i % statuses.length] ?? '',
    ]);
  }
  return '\ufeff' + csv(lines);
}

// Run only as a script, not when the bench imports the generators.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
