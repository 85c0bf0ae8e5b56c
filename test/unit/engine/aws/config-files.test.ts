import { describe, expect, it } from 'vitest';
import { findProblems } from '../../../../electron/engine/aws/config-files';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

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

  it('names the file, line and key of each malformed line, never its value', () => {
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
        message: 'the line with key "region" has no "=" between the key and its value',
      },
      { file: '/x/config', line: 4, message: 'a section header without its closing "]"' },
    ]);
  });

  it.each([
    `aws_secret_access_key ${SECRET}`,
    `aws_secret_access_key: ${SECRET}`,
    `aws_secret_access_key\t${SECRET}`,
    `[${SECRET}`,
    `[default ${SECRET}`,
  ])('never quotes a secret from a malformed line: %s', (line) => {
    const problems = findProblems('/x/credentials', `[default]\n${line}\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(2);
    expect(JSON.stringify(problems)).not.toContain(SECRET);
    expect(JSON.stringify(problems)).not.toContain('wJalr');
  });

  it('names the key of a line written with ":" and says what to use instead', () => {
    const [problem] = findProblems('/x/credentials', `[default]\naws_secret_access_key: ${SECRET}`);
    expect(problem!.message).toBe(
      'the line with key "aws_secret_access_key" has no "=" between the key and its value',
    );
  });

  it('does not name a lone token, which may be a pasted secret', () => {
    const lone = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd';
    const [problem] = findProblems('/x/credentials', `[default]\n${lone}`);
    expect(problem!.message).toBe('a line without "key = value" (its text is not shown)');
  });
});
