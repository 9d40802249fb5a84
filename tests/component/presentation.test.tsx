import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { useLayoutEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { App } from '@/app/App';
import PresentPage from '@/app/PresentPage';
import { changeLanguage } from '@/i18n';
import { server } from '@mocks/node';
import { huairouVisitInput } from '../support/factories';
import { renderWithApp } from '../support/render';

const sceneTitle = () => document.getElementById('present-scene-title')?.textContent;

describe('presentation mode', () => {
  it('switches scenes with the keyboard and a clicker, and pauses with Space', async () => {
    renderWithApp(<PresentPage />, { url: '/present?interval=600' });
    expect(sceneTitle()).toBe('救灾地图与关键指标');
    expect(document.documentElement.dataset.theme).toBe('dark');

    await userEvent.keyboard('{ArrowRight}');
    expect(sceneTitle()).toBe('资金来自哪里、去了哪里');
    await userEvent.keyboard('{PageDown}');
    expect(sceneTitle()).toBe('各区服务职工人数');
    await userEvent.keyboard('{ArrowRight}');
    expect(sceneTitle()).toBe('最新救灾帮扶活动');
    // A ring: after the last scene comes the first, and back again.
    await userEvent.keyboard('{PageDown}');
    expect(sceneTitle()).toBe('救灾地图与关键指标');
    await userEvent.keyboard('{PageUp}');
    expect(sceneTitle()).toBe('最新救灾帮扶活动');
    await userEvent.keyboard('{ArrowLeft}');
    expect(sceneTitle()).toBe('各区服务职工人数');

    await userEvent.keyboard(' ');
    expect(screen.getByText(/已暂停/)).toBeInTheDocument();
    await userEvent.keyboard(' ');
    expect(screen.queryByText(/已暂停/)).not.toBeInTheDocument();
  });

  it('is dark and room-sized before its first frame is painted, and restores the page on leaving', () => {
    // A sibling after it: its layout effects run after the presentation's own, still before the
    // browser paints. A passive effect (after the paint) showed one light, page-sized frame, and
    // every box then moved (Lighthouse CLS 0.36 on a busy machine).
    const seen: { theme?: string; presentation?: string }[] = [];
    function BeforePaint() {
      useLayoutEffect(() => {
        const { theme, presentation } = document.documentElement.dataset;
        seen.push({ theme, presentation });
      }, []);
      return null;
    }
    const { unmount } = renderWithApp(
      <>
        <PresentPage />
        <BeforePaint />
      </>,
      { url: '/present?interval=600' },
    );
    expect(seen).toEqual([{ theme: 'dark', presentation: 'true' }]);
    unmount();
    expect(document.documentElement.dataset.presentation).toBeUndefined();
    expect(document.documentElement.dataset.theme).not.toBe('dark');
  });

  it('is dark while its code loads, so a wall does not flash white', async () => {
    renderWithApp(<App />, { url: '/present?interval=600' });
    // The route's code is still loading: its loading state, already in the dark theme.
    expect(screen.getByRole('status')).toHaveTextContent('正在加载');
    expect(document.documentElement.dataset.theme).toBe('dark');
    await waitFor(() => expect(sceneTitle()).toBe('救灾地图与关键指标'));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.dataset.presentation).toBe('true');
  });

  it('keeps the last good figures with a discreet notice when a refresh fails, and recovers', async () => {
    const { queryClient } = renderWithApp(<PresentPage />, { url: '/present?interval=600' });
    await waitFor(() =>
      expect(document.querySelector('.present-kpi[data-kpi="workers"]')).not.toBeNull(),
    );
    const card = document.querySelector('.present-kpi[data-kpi="workers"]') as HTMLElement;
    const shown = within(card).getByText(/^[\d,]+/).textContent;
    expect(screen.getByTestId('as-of').textContent).toMatch(/数据截至 \d{2}:\d{2}/);

    server.use(
      http.get('*/api/v1/summary', () =>
        HttpResponse.json({ error: { code: 'internal', message: 'down' } }, { status: 500 }),
      ),
    );
    await act(() => queryClient.refetchQueries({ type: 'active' }));
    expect(await screen.findByText(/刷新失败，显示的是/)).toBeInTheDocument();
    expect(within(card).getByText(/^[\d,]+/).textContent).toBe(shown);
    // One notice for the screen, not a retry banner per widget.
    expect(screen.queryByRole('button', { name: '重试' })).not.toBeInTheDocument();

    server.resetHandlers();
    await act(() => queryClient.refetchQueries({ type: 'active' }));
    await waitFor(() => expect(screen.queryByText(/刷新失败/)).not.toBeInTheDocument());
  });

  it('marks a figure that changed at the last refresh', async () => {
    const { queryClient } = renderWithApp(<PresentPage />, { url: '/present?interval=600' });
    await waitFor(() =>
      expect(document.querySelector('.present-kpi[data-kpi="workers"] dd')).not.toBeNull(),
    );
    const card = () => document.querySelector('.present-kpi[data-kpi="workers"]') as HTMLElement;
    expect(card()).not.toHaveAttribute('data-changed');

    const created = await fetch('http://localhost/api/v1/activities', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(huairouVisitInput),
    });
    expect(created.status).toBe(201);
    await act(() => queryClient.refetchQueries({ type: 'active' }));
    await waitFor(() => expect(card()).toHaveAttribute('data-changed', 'true'));
    expect(within(card()).getByText('已更新')).toBeInTheDocument();
    // Figures that did not change stay unmarked.
    expect(document.querySelector('.present-kpi[data-kpi="districts"]')).not.toHaveAttribute(
      'data-changed',
    );
  });

  it('shows the figures in English', async () => {
    await changeLanguage('en');
    renderWithApp(<PresentPage />, { url: '/present' });
    await waitFor(() =>
      expect(document.querySelector('.present-kpi[data-kpi="workers"] dt')).toHaveTextContent(
        'Workers served',
      ),
    );
  });
});
