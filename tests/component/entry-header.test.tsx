/**
 * The header's entry controls (the recorder's name, the outbox count) are on every screen, while
 * the entry feature's other messages load only with its pages. This file imports nothing of those
 * pages, as on the overview before any entry page has opened: every word here must come from the
 * header's own messages, never as a raw key such as "action.cancel".
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PendingChanges, UserNameControl } from '@/features/entry';
import { changeLanguage } from '@/i18n';
import { renderWithApp } from '../support/render';

/** A message key shown instead of its text: `namespace.key` words with no spaces. */
const RAW_KEY = /\b(user|action|outbox|toast|field|nav)\.[a-zA-Z]+/;

function Header() {
  return (
    <header>
      <UserNameControl />
      <PendingChanges />
    </header>
  );
}

describe('the header entry controls, before any entry page has loaded', () => {
  it('read in Chinese and in English while the name is set, saved and changed', async () => {
    const user = userEvent.setup();
    renderWithApp(<Header />);
    const header = screen.getByRole('banner');
    expect(within(header).getByText('未填写记录人')).toBeInTheDocument();
    expect(within(header).getByRole('button', { name: /^待发送 0/ })).toBeInTheDocument();

    await user.click(within(header).getByRole('button', { name: '填写名字' }));
    expect(within(header).getByLabelText('你的名字')).toHaveFocus();
    expect(within(header).getByRole('button', { name: '保存' })).toBeInTheDocument();
    expect(within(header).getByRole('button', { name: '取消' })).toBeInTheDocument();
    expect(header.textContent).not.toMatch(RAW_KEY);

    await user.type(within(header).getByLabelText('你的名字'), '张三 <b>x</b>');
    await user.click(within(header).getByRole('button', { name: '保存' }));
    expect(within(header).getByText('记录人：张三 <b>x</b>')).toBeInTheDocument();

    await act(() => changeLanguage('en'));
    expect(within(header).getByText('Recording as 张三 <b>x</b>')).toBeInTheDocument();
    await user.click(within(header).getByRole('button', { name: 'Change' }));
    expect(within(header).getByLabelText('Your name')).toHaveValue('张三 <b>x</b>');
    expect(within(header).getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
    expect(within(header).getByRole('button', { name: /^Pending 0/ })).toBeInTheDocument();
    expect(header.textContent).not.toMatch(RAW_KEY);
  });
});
