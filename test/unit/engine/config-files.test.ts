import { describe, expect, it } from 'vitest';
import { findProblems } from '../../../electron/aws/config-files';

describe('AWS config file check', () => {
  it('accepts what the AWS CLI accepts', () => {
    const text = [
      '# comment',
      '[default]',
      'region = us-east-1',
      '',
      '[profile dev]  ; trailing comment',
      's3 =',
      '  max_concurrent_requests = 20',
      'role_arn=arn:aws:iam::123456789012:role/dev',
    ].join('\n');
    expect(findProblems('/x/config', text)).toEqual([]);
  });

  it('names the file and line of each malformed line', () => {
    const text = [
      'region = us-east-1',
      '[default]',
      'region us-west-2',
      '[profile broken',
      'ok = 1',
    ].join('\n');
    expect(findProblems('/x/config', text)).toEqual([
      { file: '/x/config', line: 1, message: 'a property appears before any [section] header' },
      {
        file: '/x/config',
        line: 3,
        message: 'expected "key = value" or "[section]", found "region us-west-2"',
      },
      { file: '/x/config', line: 4, message: 'malformed section header "[profile broken"' },
    ]);
  });
});
