// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  methodNames,
  type ContractClient,
  type EventName,
  type EventPayload,
  type ExportStarted,
  type MethodInput,
  type Result,
} from '../../../../../shared/contract';
import { ClientProvider } from '../../../../../renderer/api/client-context';
import { createListeners } from '../../../../../renderer/api/listeners';
import { ExportDialog } from '../../../../../renderer/app/export/ExportDialog';
import type { ExportRequest } from '../../../../../renderer/app/export/export-request';

afterEach(cleanup);

/** The main side as the dialog sees it: export.* answer as told, events are pushed by the test. */
const fakeMainSide = (started: (jobId: string) => ExportStarted) => {
  const listeners = createListeners();
  const calls: { method: string; input: unknown }[] = [];
  const methods = Object.fromEntries(
    methodNames.map((name) => [
      name,
      async (input: { jobId?: string }): Promise<Result<unknown>> => {
        calls.push({ method: name, input });
        if (name === 'export.start') return { ok: true, value: started(input.jobId!) };
        if (name === 'export.cancel') return { ok: true, value: { cancelled: true } };
        if (name === 'export.reveal') return { ok: true, value: { shown: true } };
        return {
          ok: false,
          error: { code: 'INTERNAL', message: 'not in this test', retryable: false },
        };
      },
    ]),
  );
  const client = { ...methods, on: listeners.on } as unknown as ContractClient;
  const push = <E extends EventName>(event: E, payload: EventPayload<E>) =>
    act(() => listeners.dispatch(event, payload));
  const startInput = () =>
    calls.find((c) => c.method === 'export.start')?.input as MethodInput<'export.start'>;
  return { client, calls, push, startInput };
};

const request: ExportRequest = {
  spec: {
    profile: 'Demo',
    region: 'us-east-1',
    resource: 's3-objects',
    params: { bucket: 'demo-big' },
  },
  columns: [
    { id: 'Key', label: 'Key' },
    { id: 'Size', label: 'Size' },
    { id: 'LastModified', label: 'Last modified' },
    { id: 'tag:team', label: 'team' },
  ],
  loaded: 3000,
  selectedKeys: ['logs/a.log', 'logs/b.log'],
};

const open = (main: ReturnType<typeof fakeMainSide>, onClose = vi.fn()) =>
  render(
    <ClientProvider client={main.client}>
      <ExportDialog request={request} onClose={onClose} />
    </ClientProvider>,
  );

const electronStart = (jobId: string): ExportStarted => ({
  jobId,
  downloadUrl: null,
  path: '/home/me/demo-big.csv',
});

describe('ExportDialog', () => {
  it('is a dialog named Export CSV with the documented defaults', () => {
    open(fakeMainSide(electronStart));
    const dialog = screen.getByRole('dialog', { name: 'Export CSV' });
    expect(dialog).toBeTruthy();
    const isChecked = (role: 'radio' | 'checkbox', name: RegExp) =>
      (screen.getByRole(role, { name }) as HTMLInputElement).checked;
    expect(isChecked('radio', /All rows matching the filter/)).toBe(true);
    expect(isChecked('checkbox', /Header row/)).toBe(true);
    expect(isChecked('checkbox', /UTF-8 BOM/)).toBe(false);
    expect(isChecked('checkbox', /Guard against formulas/)).toBe(true);
    expect(
      (screen.getByRole('radio', { name: /Selected rows only \(2\)/ }) as HTMLInputElement)
        .disabled,
    ).toBe(false);
  });

  it('starts export.start with the chosen scope, columns and options', async () => {
    const main = fakeMainSide(electronStart);
    open(main);
    fireEvent.click(screen.getByRole('radio', { name: /Selected rows only/ }));
    // The columns are named as the grid's header names them; the request carries their ids.
    expect(screen.getByRole('checkbox', { name: 'Last modified' })).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Size' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Delimiter' }), {
      target: { value: '\t' },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: /UTF-8 BOM/ }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Export' })));
    const input = main.startInput();
    expect(input.scope).toEqual({ kind: 'selected', keys: ['logs/a.log', 'logs/b.log'] });
    expect(input.columns).toEqual(['Key', 'LastModified', 'tag:team']);
    expect(input.options).toEqual({ header: true, delimiter: '\t', bom: true, formulaGuard: true });
    expect(input.fileName).toMatch(/^s3-objects-demo-big-\d{4}-\d\d-\d\d\.tsv$/);
  });

  it('shows progress, then the row count, the size and Show in folder', async () => {
    const main = fakeMainSide(electronStart);
    open(main);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Export' })));
    const jobId = main.startInput().jobId;
    main.push('export.progress', {
      jobId,
      rows: 12_000,
      pages: 12,
      scanned: 12_000,
      bytes: 1_048_576,
      rowsPerSecond: 6000,
    });
    expect(screen.getByTestId('export-progress').textContent).toBe(
      'Exporting… 12,000 rows · 12 pages · 12,000 scanned · 1 MB · 6,000 rows/s',
    );
    main.push('export.progress', {
      jobId: 'someone-else',
      rows: 1,
      pages: 1,
      scanned: 1,
      bytes: 1,
      rowsPerSecond: 1,
    });
    expect(screen.getByTestId('export-progress').textContent).toContain('12,000 rows');
    main.push('export.finished', {
      jobId,
      status: 'done',
      rows: 200_000,
      bytes: 15_728_640,
      path: '/home/me/demo-big.csv',
      error: null,
    });
    expect(screen.getByTestId('export-done').textContent).toBe(
      'Exported 200,000 rows (15 MB) to /home/me/demo-big.csv.',
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Show in folder' })));
    expect(main.calls.at(-1)).toEqual({ method: 'export.reveal', input: { jobId } });
  });

  it('cancels a running export and says that no file was written', async () => {
    const main = fakeMainSide(electronStart);
    open(main);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Export' })));
    const jobId = main.startInput().jobId;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Cancel export' })));
    expect(main.calls.at(-1)).toEqual({ method: 'export.cancel', input: { jobId } });
    main.push('export.finished', {
      jobId,
      status: 'cancelled',
      rows: 5000,
      bytes: 400_000,
      path: null,
      error: null,
    });
    expect(screen.getByRole('status').textContent).toBe('Export cancelled; no file was written.');
  });

  it('shows the error with what was already exported', async () => {
    const main = fakeMainSide(electronStart);
    open(main);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Export' })));
    const jobId = main.startInput().jobId;
    const error = {
      code: 'ACCESS_DENIED' as const,
      message: 'Access denied to s3:ListObjectsV2 on demo-big.',
      retryable: false,
    };
    main.push('export.finished', {
      jobId,
      status: 'failed',
      rows: 99_000,
      bytes: 8_000_000,
      path: null,
      error,
    });
    const alert = screen.getByRole('alert').textContent!;
    expect(alert).toContain('Export failed: Access denied to s3:ListObjectsV2 on demo-big.');
    expect(alert).toContain(
      '99,000 rows (7.6 MB) had been exported when it failed; no file was written.',
    );
    expect(screen.queryByRole('button', { name: 'Show in folder' })).toBeNull();
  });

  it('in browser mode downloads the finished file once, from the host', async () => {
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(`${this.href} as ${this.download}`);
    });
    const main = fakeMainSide((jobId) => ({
      jobId,
      downloadUrl: `http://127.0.0.1:9/download/${jobId}?token=t`,
      path: null,
    }));
    open(main);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Export' })));
    const { jobId, fileName } = main.startInput();
    main.push('export.finished', {
      jobId,
      status: 'done',
      rows: 10,
      bytes: 100,
      path: null,
      error: null,
    });
    main.push('export.progress', {
      jobId,
      rows: 10,
      pages: 1,
      scanned: 10,
      bytes: 100,
      rowsPerSecond: 10,
    });
    expect(clicked).toEqual([`http://127.0.0.1:9/download/${jobId}?token=t as ${fileName}`]);
    expect(screen.getByTestId('export-done').textContent).toBe(
      'Exported 10 rows (100 bytes), downloading.',
    );
    expect(screen.queryByRole('button', { name: 'Show in folder' })).toBeNull();
    click.mockRestore();
  });
});
