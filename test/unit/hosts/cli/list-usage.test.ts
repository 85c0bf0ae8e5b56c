import { describe, expect, it } from 'vitest';
import { listUsage } from '../../../../electron/hosts/cli/list-command';
import { resourceInfos } from '../../../../electron/engine/resources/registry';

describe('pagescope list --help', () => {
  const lines = listUsage.split('\n');

  it('names every resource of the catalog on a line of its own', () => {
    for (const info of resourceInfos()) {
      expect(
        lines.some((line) => line.trim().split(/\s+/)[0] === info.kind),
        info.kind,
      ).toBe(true);
    }
  });

  it('gives each resource its parameters as the AWS CLI spells them, optional ones in brackets', () => {
    const objects = lines.find((line) => line.trim().startsWith('s3-objects '));
    expect(objects?.trim()).toMatch(
      /^s3-objects +--bucket BUCKET \[--prefix PREFIX\] \[--delimiter DELIMITER\]$/,
    );
  });
});
