// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fail } from '../../../../../shared/contract';
import { RegionListNote } from '../../../../../renderer/app/profiles/RegionListNote';
import { RegionPicker } from '../../../../../renderer/app/profiles/RegionPicker';

afterEach(cleanup);

const picker = (props: Partial<Parameters<typeof RegionPicker>[0]> = {}) =>
  render(
    <RegionPicker
      regions={undefined}
      defaultRegion="eu-west-1"
      loading
      placeholder="Loading…"
      value="ap-southeast-2"
      regional
      onChange={() => undefined}
      note={null}
      {...props}
    />,
  );

describe('the Region picker', () => {
  it('keeps the current choice selectable while EC2 lists the regions', () => {
    picker();
    const select = screen.getByRole('combobox', { name: 'Region' });
    expect(select).toHaveProperty('value', 'ap-southeast-2');
    expect(screen.getByRole('option', { name: 'eu-west-1 (default)' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Listing regions…' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(screen.queryByRole('option', { name: 'Loading…' })).toBeNull();
  });

  it('says when there is no profile to list regions for, instead of loading forever', () => {
    picker({ defaultRegion: null, loading: false, value: null, placeholder: 'No profile' });
    expect(screen.getByRole('option', { name: 'No profile' })).toBeTruthy();
  });
});

describe('the note under the Region picker', () => {
  it('gives the reason for the built-in list and a Retry', async () => {
    const onRetry = vi.fn();
    render(
      <RegionListNote
        unavailable={fail('THROTTLED', 'ec2:DescribeRegions was throttled; try again.').error}
        failure={null}
        profile="work"
        retrying={false}
        onRetry={onRetry}
      />,
    );
    const note = screen.getByRole('note', { name: 'Region list' });
    expect(note.textContent).toContain('built-in list');
    expect(note.textContent).toContain('Throttled: ec2:DescribeRegions was throttled');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('is absent when EC2 listed the regions', () => {
    const { container } = render(
      <RegionListNote
        unavailable={null}
        failure={null}
        profile="work"
        retrying={false}
        onRetry={() => undefined}
      />,
    );
    expect(container.textContent).toBe('');
  });
});
