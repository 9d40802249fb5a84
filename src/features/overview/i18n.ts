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
        goods: '有数量记录的物资',
      },
    },
    {
      kpiHint: {
        funds: 'Sources and recipients are charted below',
        workers: 'Reported “more than” figures count at their lower bound',
        districts: 'Districts with any relief activity',
        activities: 'Visits, fund and goods deliveries…',
        goods: 'Goods with a recorded quantity',
      },
    },
  ),
);
