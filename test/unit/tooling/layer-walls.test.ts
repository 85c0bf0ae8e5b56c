import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints one planted line as if it sat at filePath, with the repo's own eslint.config.js.
const lintPlanted = async (filePath: string, source: string) => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports');
};

describe('the layer walls', () => {
  it('fails an upward import from the engine into the service', async () => {
    const errors = await lintPlanted(
      'electron/engine/paging/planted.ts',
      "import { createDispatcher } from '../../service/dispatcher';\nexport const d = createDispatcher;\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain('ARCHITECTURE.md');
  });

  it('fails an import of a host from the service', async () => {
    const errors = await lintPlanted(
      'electron/service/planted.ts',
      "import { startWebHost } from '../hosts/browser/host';\nexport const h = startWebHost;\n",
    );
    expect(errors).toHaveLength(1);
  });

  it('keeps the endpoint away from the app', async () => {
    const errors = await lintPlanted(
      'electron/endpoint/planted.ts',
      "import { redactSecrets } from '../engine/log/redact';\nexport const r = redactSecrets;\n",
    );
    expect(errors).toHaveLength(1);
  });

  it('lets a host import the service and the engine', async () => {
    const errors = await lintPlanted(
      'electron/hosts/cli/planted.ts',
      [
        "import { createDispatcher } from '../../service/dispatcher';",
        "import { redactSecrets } from '../../engine/log/redact';",
        'export const both = [createDispatcher, redactSecrets];',
        '',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
  });
});
