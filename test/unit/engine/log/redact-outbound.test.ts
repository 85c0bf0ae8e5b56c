import { describe, expect, it } from 'vitest';
import { redactOutbound } from '../../../../electron/engine/log/redact-outbound';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

describe('redactOutbound', () => {
  it('redacts every message text, however deep, and keeps rows and tokens byte-exact', () => {
    const message = {
      kind: 'result',
      id: 3,
      result: {
        ok: true,
        value: {
          rows: [[SECRET, 12, null]],
          nextCursor: 'Y3Vyc29y'.repeat(20),
          resumeToken: 'eyJ'.repeat(40),
          regionErrors: [
            { region: 'eu-west-1', error: { code: 'NETWORK', message: `bad ${SECRET}` } },
          ],
          problems: [{ file: '/x', line: 2, message: `Credential=PSCUSTOMKEYID/2026` }],
        },
      },
    };
    const out = redactOutbound(message);
    expect(out.result.value.rows).toEqual([[SECRET, 12, null]]);
    expect(out.result.value.nextCursor).toBe(message.result.value.nextCursor);
    expect(out.result.value.resumeToken).toBe(message.result.value.resumeToken);
    const text = JSON.stringify({ ...out.result.value, rows: [] });
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('PSCUSTOMKEYID');
    expect(out.id).toBe(3);
  });
});
