// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CellContent } from '../../../../../renderer/app/table/Cell';

beforeAll(() => {
  // Local time is what the cell shows; pin it so the expected text is the same on every machine.
  process.env.TZ = 'UTC';
});
afterEach(cleanup);

describe('CellContent', () => {
  it('shows sizes human-readable with the exact bytes on hover', () => {
    render(<CellContent value={1_572_864} type="bytes" />);
    const cell = screen.getByText('1.5 MB');
    expect(cell.getAttribute('title')).toBe('1,572,864 bytes');
  });

  it('keeps small sizes in bytes', () => {
    render(<CellContent value={999} type="bytes" />);
    expect(screen.getByText('999 bytes').getAttribute('title')).toBe('999 bytes');
  });

  it('shows dates in local time with the ISO value on hover', () => {
    render(<CellContent value="2024-03-05T14:22:01.000Z" type="date" />);
    const time = screen.getByText('2024-03-05 14:22:01');
    expect(time.tagName).toBe('TIME');
    expect(time.getAttribute('title')).toBe('2024-03-05T14:22:01.000Z');
    expect(time.getAttribute('datetime')).toBe('2024-03-05T14:22:01.000Z');
  });

  it('shows text that is not a date as it is', () => {
    render(<CellContent value="soon" type="date" />);
    expect(screen.getByText('soon')).toBeTruthy();
  });

  it('shows EC2 states as coloured pills', () => {
    render(
      <>
        <CellContent value="running" type="state" />
        <CellContent value="terminated" type="state" />
        <CellContent value="stopped" type="state" />
      </>,
    );
    expect(screen.getByText('running').className).toContain('pill-ok');
    expect(screen.getByText('terminated').className).toContain('pill-bad');
    expect(screen.getByText('stopped').className).toContain('pill-idle');
  });

  it('shows tags as key and value chips', () => {
    const { container } = render(
      <CellContent value={'{"Name":"web-1","Team":"data"}'} type="tags" />,
    );
    const tags = [...container.querySelectorAll('.tag')].map((tag) => tag.textContent);
    expect(tags).toEqual(['Nameweb-1', 'Teamdata']);
    expect(container.querySelector('.tags')?.getAttribute('title')).toBe('Name=web-1\nTeam=data');
  });

  it('marks empty cells and formats numbers and booleans', () => {
    render(<CellContent value={null} type="bytes" />);
    expect(screen.getByText('—').className).toBe('empty');
    expect(render(<CellContent value={1234567} type="number" />).container.textContent).toBe(
      '1,234,567',
    );
    expect(render(<CellContent value={true} type="bool" />).container.textContent).toBe('Yes');
  });

  it('shows newlines, tabs and other control characters as marks, not as spaces', () => {
    const { container } = render(<CellContent value={'a\nb\tc\rd\u0001e'} type="text" />);
    expect(container.textContent).toBe('a⏎b⇥c␍d␁e');
    const marks = [...container.querySelectorAll('.control-mark')].map((m) =>
      m.getAttribute('title'),
    );
    expect(marks).toEqual(['newline', 'tab', 'carriage return', 'control character U+0001']);
  });
});
