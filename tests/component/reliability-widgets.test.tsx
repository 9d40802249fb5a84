import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { OverviewPage } from '@/app/OverviewPage';
import { server } from '@mocks/node';
import { renderWithApp } from '../support/render';

describe('a failed reference list', () => {
  it.each(['organizations', 'districts', 'sites'])(
    'GET /%s failing: the map says so with a retry instead of loading for ever; the list still shows',
    async (list) => {
      server.use(
        http.get(`*/api/v1/${list}`, () =>
          HttpResponse.json({ error: { code: 'internal', message: 'down' } }, { status: 500 }),
        ),
      );
      renderWithApp(<OverviewPage />);
      const map = screen.getByRole('region', { name: '救灾帮扶分布图' });
      const alert = await within(map).findByRole('alert');
      expect(alert).toHaveTextContent('救灾帮扶分布图加载失败');
      expect(alert).toHaveTextContent('服务器出错（500）');
      const recent = screen.getByRole('region', { name: '最新救灾帮扶活动' });
      expect(await within(recent).findAllByRole('listitem')).not.toHaveLength(0);

      server.resetHandlers();
      await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
      expect(await within(map).findByRole('group', { name: '北京市各区地图' })).toBeInTheDocument();
      expect(within(map).queryByRole('alert')).not.toBeInTheDocument();
    },
  );
});
