import type { PageResult, ViewSpecInput } from '../../../shared/contract';
import { caller, openSocket } from '../../integration/hosts/browser/ws-client';

/**
 * Every row of a view as the host's engine lists it, paged through the contract's view.page
 * over the WebSocket: the reference an export of the same view must match.
 */
export const engineViewRows = async (port: number, token: string, spec: ViewSpecInput) => {
  const ws = await openSocket(port, token);
  try {
    const api = caller(ws);
    const rows: PageResult['rows'] = [];
    let columns: PageResult['columns'] = [];
    let cursor: string | null = null;
    for (let n = 0; ; n += 1) {
      const { result } = await api.call('view.page', { spec, cursor });
      if (!result.ok) throw new Error(`view.page failed: ${result.error?.message}`);
      const page = result.value as PageResult;
      columns = page.columns;
      rows.push(...page.rows);
      cursor = page.nextCursor;
      if (cursor === null) return { columns, rows };
    }
  } finally {
    ws.close();
  }
};

/**
 * Every row of a view of the Demo profile in us-east-1, the region a fresh start opens, as
 * engineViewRows lists it; `column(id)` is that column's value in each row.
 */
export const demoViewRows = async (
  host: { port: number; token: string },
  view: Omit<ViewSpecInput, 'profile' | 'region'>,
) => {
  const spec = { profile: 'Demo', region: 'us-east-1', ...view };
  const { columns, rows } = await engineViewRows(host.port, host.token, spec);
  const column = (id: string) => {
    const at = columns.findIndex((c) => c.id === id);
    return rows.map((row) => row[at]);
  };
  return { columns, rows, column };
};
