import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ActivityEntryPage, FundEntryPage } from '@/features/entry/components/EntryPages';
import { changeLanguage } from '@/i18n';
import { testStore } from '@mocks/node';
import { renderWithApp } from '../support/render';

describe('the fund allocation form', () => {
  it('validates in English and saves an entered allocation', async () => {
    await act(() => changeLanguage('en'));
    const user = userEvent.setup();
    renderWithApp(<FundEntryPage />, { url: '/entry/fund?lang=en' });
    await user.type(screen.getByLabelText(/^Amount/), '5万');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByLabelText(/^Purpose \(Chinese\)/)).toHaveAccessibleDescription(
      'This field is required',
    );
    expect(screen.getByLabelText(/^Amount/)).toHaveAccessibleDescription(/Enter a number/);
    expect(screen.getByLabelText(/^Source of the funds/)).toHaveAccessibleDescription(
      'This field is required',
    );

    // "Reported" needs the source and the quote.
    await user.click(screen.getByRole('radio', { name: /^Reported/ }));
    expect(screen.getByLabelText(/^Quote/)).toHaveAccessibleDescription(/This field is required/);

    await user.click(screen.getByRole('radio', { name: 'Entered by staff' }));
    await user.type(screen.getByLabelText(/^Date/), '2023-08-08');
    await screen.findAllByRole(
      'option',
      { name: /Huairou District Federation/ },
      { timeout: 5000 },
    );
    await user.selectOptions(screen.getByLabelText(/^Source of the funds/), 'org-huairou-ftu');
    await user.selectOptions(screen.getByLabelText(/^For district/), '110116');
    const amount = screen.getByLabelText(/^Amount/);
    await user.clear(amount);
    await user.type(amount, '50,000');
    await user.type(screen.getByLabelText(/^Purpose \(Chinese\)/), '怀柔区乡镇慰问金');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => {
      const saved = [...testStore.get('funds').values()].find(
        (f) => f.purpose.zh === '怀柔区乡镇慰问金',
      );
      expect(saved).toMatchObject({
        amount: { yuan: 50_000, basis: 'entered' },
        recipientDistrictCode: '110116',
        provenance: { kind: 'entered' },
      });
    });
  });
});

describe('adding a site while recording a visit', () => {
  it('creates the site from typed coordinates and ticks it', async () => {
    const user = userEvent.setup();
    renderWithApp(<ActivityEntryPage />, { url: '/entry/activity' });
    await user.click(await screen.findByRole('checkbox', { name: '怀柔区' }, { timeout: 5000 }));
    await user.click(screen.getByRole('button', { name: '添加新地点' }));
    const group = screen.getByRole('group', { name: '新地点' });
    await user.click(within(group).getByRole('button', { name: '保存地点' }));
    expect(within(group).getByLabelText(/^地点名称（中文）/)).toHaveAccessibleDescription(
      '此项必填',
    );

    await user.type(within(group).getByLabelText(/^地点名称（中文）/), '新地点甲村');
    await user.type(within(group).getByLabelText('经度'), '116.62');
    await user.type(within(group).getByLabelText('纬度'), '40.62');
    await user.click(within(group).getByRole('button', { name: '保存地点' }));

    const box = await screen.findByRole('checkbox', { name: /新地点甲村/ });
    expect(box).toBeChecked();
    const site = [...testStore.get('sites').values()].find((s) => s.name.zh === '新地点甲村');
    expect(site).toMatchObject({
      districtCode: '110116',
      location: { lon: 116.62, lat: 40.62, precision: 'approximate' },
      provenance: { kind: 'entered' },
    });
  });
});
