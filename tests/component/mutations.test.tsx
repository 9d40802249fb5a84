import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useCreateActivity, useDeleteActivity } from '@/api/mutations';
import { KpiStrip } from '@/features/overview/components/KpiStrip';
import { huairouVisitInput } from '../support/factories';
import { renderWithApp } from '../support/render';

function workersShown(): number {
  const card = screen
    .getByRole('region', { name: '关键指标' })
    .querySelector('[data-kpi="workers"]');
  const text = within(card as HTMLElement).getByText(/^[\d,]+$/).textContent ?? '';
  return Number(text.replace(/,/g, ''));
}

function RecordVisit() {
  const create = useCreateActivity();
  const remove = useDeleteActivity();
  return (
    <>
      <button
        type="button"
        onClick={() =>
          create.mutate({
            input: huairouVisitInput,
          })
        }
      >
        record
      </button>
      {create.data && (
        <button type="button" onClick={() => remove.mutate(create.data.id)}>
          remove
        </button>
      )}
    </>
  );
}

describe('writes', () => {
  it('refresh the figures on screen through the query factories', async () => {
    renderWithApp(
      <>
        <KpiStrip />
        <RecordVisit />
      </>,
    );
    await screen.findByText('已拨付资金');
    await waitFor(() => expect(workersShown()).toBeGreaterThan(0));
    const before = workersShown();

    await userEvent.click(screen.getByRole('button', { name: 'record' }));
    await waitFor(() => expect(workersShown()).toBe(before + 120));

    await userEvent.click(await screen.findByRole('button', { name: 'remove' }));
    await waitFor(() => expect(workersShown()).toBe(before));
  });
});
