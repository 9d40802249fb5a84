import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { demoQueries } from '@/api/resources/demo';
import { registerMessages, useI18n } from '@/i18n';
import { formatNumber } from '@/i18n/format';
import { defineMessages } from '@/i18n/languages';
import './demo-status.css';

registerMessages(
  'demoStatus',
  defineMessages(
    {
      quarantined_one: '{{n}} 条本地记录无法读取，已另存；其余数据正常',
      quarantined_other: '{{n}} 条本地记录无法读取，已另存；其余数据正常',
      quarantinedHint: '这些记录不符合数据格式，未显示也未删除（浏览器数据库“隔离区”）。',
      memory: '本机数据库无法打开，当前显示内置演示数据；新录入的记录在刷新后不会保留。',
      memoryHint: '如本看板还在其他标签页中打开，请关闭后刷新。原因：{{problem}}',
      dismiss: '关闭提示',
    },
    {
      quarantined_one:
        '{{n}} locally stored record could not be read and was set aside; the rest of the data is fine',
      quarantined_other:
        '{{n}} locally stored records could not be read and were set aside; the rest of the data is fine',
      quarantinedHint:
        'They do not match the data format, so they are neither shown nor deleted (the browser database’s quarantine).',
      memory:
        'The browser database could not be opened: showing the built-in demo data; new records will not survive a reload.',
      memoryHint:
        'If this dashboard is open in another tab, close it and reload. Reason: {{problem}}',
      dismiss: 'Dismiss notice',
    },
  ),
);

const DISMISSED_KEY = 'relief.demoStatusDismissed';

function readDismissed(): string | null {
  try {
    return localStorage.getItem(DISMISSED_KEY);
  } catch {
    return null;
  }
}

/**
 * Tells staff when the embedded backend's browser store set records aside or could not be opened
 * (GET /demo/status). Dismissing a quarantine notice lasts until more records are set aside; the
 * memory fallback is shown again on every visit, since nothing entered is kept.
 */
export function DemoStatusNotice() {
  const { t, lang } = useI18n('demoStatus');
  const status = useQuery(demoQueries.status());
  const [dismissed, setDismissed] = useState<string | null>(readDismissed);
  const data = status.data;
  if (!data) return null;

  const memory = data.storage === 'memory' && data.problem !== null;
  if (!memory && data.quarantined === 0) return null;
  const signature = memory ? `memory:${data.problem}` : `quarantined:${data.quarantined}`;
  if (dismissed === signature) return null;

  const dismiss = () => {
    setDismissed(signature);
    if (!memory) {
      try {
        localStorage.setItem(DISMISSED_KEY, signature);
      } catch {
        // private mode: dismissed for this visit only
      }
    }
  };

  return (
    <div className="demo-status" role="status">
      <p className="demo-status__text">
        <strong>
          {memory
            ? t('memory')
            : t('quarantined', {
                count: data.quarantined,
                n: formatNumber(data.quarantined, lang),
              })}
        </strong>{' '}
        <span className="demo-status__hint">
          {memory ? t('memoryHint', { problem: data.problem }) : t('quarantinedHint')}
        </span>
      </p>
      <button type="button" className="button button--small" onClick={dismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}
