// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PaginationControls } from '../../../../../renderer/app/pagination/PaginationControls';
import type { PagingSettings } from '../../../../../renderer/app/pagination/paging-settings';
import { ResumeNotice } from '../../../../../renderer/app/pagination/ResumeNotice';

afterEach(cleanup);

const open = async (value: PagingSettings = {}) => {
  const onApply = vi.fn();
  const user = userEvent.setup();
  render(<PaginationControls value={value} onApply={onApply} />);
  await user.click(screen.getByRole('button', { name: /^Pagination/ }));
  const dialog = screen.getByRole('dialog', { name: 'Pagination settings' });
  const field = (name: string) => within(dialog).getByLabelText(name) as HTMLInputElement;
  return { onApply, user, dialog, field };
};

describe('PaginationControls', () => {
  it('applies page size, max items and starting token and closes', async () => {
    const { onApply, user, field } = await open();
    await user.type(field('Page size'), '100');
    await user.type(field('Max items'), '250');
    await user.type(field('Starting token'), 'eyJNYXJrZXIiOiAiYSJ9');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(onApply).toHaveBeenCalledWith({
      pageSize: 100,
      maxItems: 250,
      startingToken: 'eyJNYXJrZXIiOiAiYSJ9',
    });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('refuses a page size above the limit and says why', async () => {
    const { onApply, user, field, dialog } = await open();
    await user.type(field('Page size'), '5000');
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));
    expect(dialog.textContent).toContain('Page size must be a whole number from 1 to 1,000.');
    expect(onApply).not.toHaveBeenCalled();
  });

  it('refuses a fractional max items', async () => {
    const { onApply, user, field, dialog } = await open();
    await user.type(field('Max items'), '2.5');
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));
    expect(dialog.textContent).toContain('Max items must be a whole number');
    expect(onApply).not.toHaveBeenCalled();
  });

  it('shows the current settings on its button and resets them', async () => {
    const { onApply, user, field } = await open({ pageSize: 50, maxItems: 1000 });
    expect(
      screen.getByRole('button', { name: 'Pagination: page size 50, max 1,000 items' }),
    ).toBeTruthy();
    expect(field('Page size').value).toBe('50');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(onApply).toHaveBeenCalledWith({});
  });

  it('closes on Escape without applying', async () => {
    const { onApply, user } = await open();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onApply).not.toHaveBeenCalled();
  });
});

describe('ResumeNotice', () => {
  it('shows the NextToken where MaxItems stopped and continues from it', async () => {
    const onContinue = vi.fn();
    render(
      <ResumeNotice
        token="eyJDb250aW51YXRpb25Ub2tlbiI6ICJ4In0="
        maxItems={250}
        onContinue={onContinue}
      />,
    );
    const notice = screen.getByRole('region', { name: 'Max items reached' });
    expect(notice.textContent).toContain('Stopped after 250 items');
    expect(notice.textContent).toContain('eyJDb250aW51YXRpb25Ub2tlbiI6ICJ4In0=');
    expect(within(notice).getByRole('button', { name: 'Copy NextToken' })).toBeTruthy();
    await userEvent.setup().click(within(notice).getByRole('button', { name: 'Continue' }));
    expect(onContinue).toHaveBeenCalledTimes(1);
  });
});
