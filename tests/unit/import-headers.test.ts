import { describe, expect, it } from 'vitest';
import { findHeaderRow, recogniseHeaders, recogniseType } from '@/features/import/lib/fields';

describe('header recognition', () => {
  it('recognises the common Chinese headers', () => {
    expect(
      recogniseHeaders(['日期', '区', '乡镇/街道', '单位', '人数', '金额', '类型', '标题', '备注']),
    ).toEqual({
      date: 0,
      district: 1,
      site: 2,
      organization: 3,
      workers: 4,
      cash: 5,
      type: 6,
      title: 7,
      notes: 8,
    });
  });

  it('recognises synonyms, units in brackets, full-width text and English', () => {
    expect(
      recogniseHeaders([
        '时间',
        '所在区',
        '地点',
        '工会',
        '服务职工人数（人）',
        '慰问金（万元）',
        '活动类型',
        '事项',
      ]),
    ).toEqual({
      date: 0,
      district: 1,
      site: 2,
      organization: 3,
      workers: 4,
      cash: 5,
      type: 6,
      title: 7,
    });
    expect(
      recogniseHeaders([
        'Date',
        'District',
        'Site',
        'Organization',
        'Workers served',
        'Amount',
        'Type',
        'Title',
        'Notes',
      ]),
    ).toEqual({
      date: 0,
      district: 1,
      site: 2,
      organization: 3,
      workers: 4,
      cash: 5,
      type: 6,
      title: 7,
      notes: 8,
    });
    expect(recogniseHeaders(['　日 期　', '区县'])).toEqual({ date: 0, district: 1 });
  });

  it('gives each field one column and leaves unknown headers unmapped', () => {
    expect(recogniseHeaders(['日期', '时间', '联系人', '电话'])).toEqual({ date: 0 });
  });

  it('finds the header row below a title row', () => {
    const rows = [
      ['2023年防汛救灾慰问活动统计表', '', ''],
      ['', '', ''],
      ['日期', '区', '单位'],
      ['2023-08-07', '房山', '北京市总工会'],
    ];
    expect(findHeaderRow(rows)).toBe(2);
    expect(
      findHeaderRow([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe(0);
  });

  it.each([
    ['走访慰问', 'condolence_visit'],
    ['慰问', 'condolence_visit'],
    ['资金拨付', 'fund_delivery'],
    ['物资配送', 'goods_delivery'],
    ['防暑降温', 'heat_relief'],
    ['灾后重建', 'reconstruction'],
    ['培训', 'training'],
    ['竞赛', 'competition'],
    ['goods_delivery', 'goods_delivery'],
    ['Heat relief', 'heat_relief'],
    ['其他', null],
  ])('reads the type %s', (cell, type) => {
    expect(recogniseType(cell)).toBe(type);
  });
});
