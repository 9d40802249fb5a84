import { registerMessages } from '@/i18n';
import { defineMessages } from '@/i18n/languages';

registerMessages(
  'overview',
  defineMessages(
    {
      kpiHint: {
        funds: '资金来源与去向见下方图表',
        workers: '含“余人”的报道数字按下限计',
        districts: '有救灾帮扶活动的区',
        activities: '走访、拨付、配送等',
        // Units differ from record to record: the figure adds boxes, packs and sets alike.
        goods: '各种单位（箱、份、套等）的数量相加',
      },
      delta: {
        period: '与上一等长时段（{{from}}至{{to}}，{{days}}天）相比',
        none: '未选择开始日期，没有可比的上一时段',
        loading: '正在加载上一时段…',
        failed: '上一时段的数据加载失败',
        up: '较上期 +{{change}}（+{{ratio}}）',
        down: '较上期 −{{change}}（−{{ratio}}）',
        same: '与上期持平',
        fromZero: '较上期 +{{change}}（上期为0）',
      },
      print: '打印报告',
    },
    {
      kpiHint: {
        funds: 'Sources and recipients are charted below',
        workers: 'Reported “more than” figures count at their lower bound',
        districts: 'Districts with any relief activity',
        activities: 'Visits, fund and goods deliveries…',
        goods: 'Quantities added across units (boxes, packs, sets…)',
      },
      delta: {
        period:
          'Compared with the previous period of equal length ({{from}} – {{to}}, {{days}} days)',
        none: 'No start date selected: there is no previous period to compare with',
        loading: 'Loading the previous period…',
        failed: 'The previous period could not be loaded',
        up: '+{{change}} (+{{ratio}}) vs previous period',
        down: '−{{change}} (−{{ratio}}) vs previous period',
        same: 'Same as previous period',
        fromZero: '+{{change}} vs previous period (was 0)',
      },
      print: 'Print report',
    },
  ),
);
