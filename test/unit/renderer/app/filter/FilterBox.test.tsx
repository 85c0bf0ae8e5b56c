// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, type FilterSpec } from '../../../../../shared/contract';
import { FilterBox } from '../../../../../renderer/app/filter/FilterBox';

/** A stand-in for the engine's filter.check: an expression is bad when it ends with an operator. */
const check = vi.fn(async (filter: FilterSpec) => {
  const at = filter.expression.search(/[><=]\s*\]?$/);
  return at >= 0
    ? fail('BAD_FILTER', 'Expected a value after the operator', { details: { column: at + 1 } })
    : ok({
        projectionColumns: null,
        pushedDown: null,
        warnings: filter.expression.includes('"running"')
          ? [
              {
                message: '"running" in double quotes is a field name, not a string',
                column: filter.expression.indexOf('"running"') + 1,
                suggestion: filter.expression.replace('"running"', "'running'"),
              },
            ]
          : [],
      });
});

const setup = (applied: FilterSpec | null = null) => {
  const onApply = vi.fn();
  const onType = vi.fn();
  render(
    <FilterBox
      applied={applied}
      examples={["State.Name == 'running'", '[?Size > `1`]']}
      check={check}
      onApply={onApply}
      onType={onType}
    />,
  );
  const input = screen.getByRole('textbox', { name: 'Filter' });
  const user = userEvent.setup();
  // JMESPath is full of [ and {, which user.type reads as key names: paste the text instead.
  const enter = async (text: string) => {
    await user.click(input);
    await user.paste(text);
  };
  return { onApply, onType, input, user, enter };
};

beforeEach(() => {
  localStorage.clear();
  check.mockClear();
});
afterEach(cleanup);

describe('FilterBox', () => {
  it('validates while typing and shows the error with its column in an alert', async () => {
    const { input, enter, onApply } = setup();
    await enter('[?Size >');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Column 8: Expected a value after the operator');
    expect(alert.querySelector('pre')?.textContent).toBe('[?Size >\n       ^');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(onApply).not.toHaveBeenCalled();
  });

  it('applies a valid filter on Enter and remembers it in the history', async () => {
    const { user, enter, onApply } = setup();
    await enter("[?contains(Key, '7')]");
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(onApply).toHaveBeenCalledWith({ expression: "[?contains(Key, '7')]", mode: 'item' }),
    );
    await user.click(screen.getByRole('button', { name: 'History' }));
    expect(screen.getByRole('menuitem', { name: "[?contains(Key, '7')]" })).toBeTruthy();
  });

  it('does not apply a bad filter on Enter', async () => {
    const { user, enter, onApply } = setup();
    await enter('Size >');
    await user.keyboard('{Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain('Column 6');
    expect(onApply).not.toHaveBeenCalled();
  });

  it('clears the text and the applied filter on Escape', async () => {
    const { input, user, onApply } = setup({ expression: '[?Size > `1`]', mode: 'item' });
    expect((input as HTMLInputElement).value).toBe('[?Size > `1`]');
    await user.type(input, '{Escape}');
    expect((input as HTMLInputElement).value).toBe('');
    expect(onApply).toHaveBeenCalledWith(null);
  });

  it('applies an example with one click', async () => {
    const { input, user, onApply } = setup();
    await user.click(screen.getByRole('button', { name: 'Examples' }));
    await user.click(screen.getByRole('menuitem', { name: "State.Name == 'running'" }));
    await waitFor(() =>
      expect(onApply).toHaveBeenCalledWith({ expression: "State.Name == 'running'", mode: 'item' }),
    );
    expect((input as HTMLInputElement).value).toBe("State.Name == 'running'");
  });

  it('sends page mode (the AWS CLI --query) when chosen', async () => {
    const { user, enter, onApply } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter mode' }), 'page');
    await enter('Contents[].Key');
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(onApply).toHaveBeenCalledWith({ expression: 'Contents[].Key', mode: 'page' }),
    );
  });

  it('warns under the box about a probable mistake and applies the suggested fix with one click', async () => {
    const { input, user, enter, onApply } = setup();
    await enter('State.Name == "running"');
    const warning = await screen.findByRole('status', { name: 'Filter warnings' });
    expect(warning.textContent).toContain('Warning, column 15: "running" in double quotes');
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: "Use State.Name == 'running'" }));
    expect((input as HTMLInputElement).value).toBe("State.Name == 'running'");
    await waitFor(() =>
      expect(onApply).toHaveBeenCalledWith({ expression: "State.Name == 'running'", mode: 'item' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('status', { name: 'Filter warnings' })).toBeNull(),
    );
  });

  it('hands every change of text and mode to the loaded rows, without Enter', async () => {
    const { input, enter, onApply, onType, user } = setup();
    await enter('[?Size > `1`]');
    expect(onType).toHaveBeenLastCalledWith({ expression: '[?Size > `1`]', mode: 'item' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter mode' }), 'page');
    expect(onType).toHaveBeenLastCalledWith({ expression: '[?Size > `1`]', mode: 'page' });
    expect(onApply).not.toHaveBeenCalled();
    await user.type(input, '{Escape}');
    expect(onType).toHaveBeenLastCalledWith(null);
  });
});
