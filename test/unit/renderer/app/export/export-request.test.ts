import { describe, expect, it } from 'vitest';
import { exportStartSchema } from '../../../../../shared/contract';
import { defaultOptions, scopeOf } from '../../../../../renderer/app/export/export-request';

describe("the export dialog's request", () => {
  it("starts from the contract's default CSV options", () => {
    expect(defaultOptions).toEqual({
      header: true,
      delimiter: ',',
      bom: false,
      formulaGuard: true,
    });
    const start = exportStartSchema.parse({
      jobId: 'j1',
      spec: { profile: 'default', region: 'us-east-1', resource: 's3-buckets' },
    });
    expect(start.options).toEqual(defaultOptions);
  });

  it('turns the chosen scope kind into the contract scope', () => {
    const request = { spec: {} as never, columns: [], loaded: 40, selectedKeys: ['a', 'b'] };
    expect(scopeOf('all', request)).toEqual({ kind: 'all' });
    expect(scopeOf('loaded', request)).toEqual({ kind: 'loaded', count: 40 });
    expect(scopeOf('selected', request)).toEqual({ kind: 'selected', keys: ['a', 'b'] });
  });
});
