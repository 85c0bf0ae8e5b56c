import { describe, expect, it } from 'vitest';
import { checkRequest, tokenMatches } from '../../../../electron/hosts/browser/request-guard';
import { resolveInside } from '../../../../electron/hosts/common/static-files';

const expected = { port: 4100, token: 'sekret-token' };

describe('browser-mode request guard', () => {
  it('accepts the page host with the token', () => {
    for (const host of ['127.0.0.1:4100', 'localhost:4100']) {
      expect(
        checkRequest({ host, origin: `http://${host}`, token: 'sekret-token' }, expected),
      ).toEqual({ ok: true });
    }
  });

  it('refuses DNS-rebinding hosts, foreign origins and wrong tokens, in that order', () => {
    const ok = { host: '127.0.0.1:4100', origin: undefined, token: 'sekret-token' };
    expect(checkRequest({ ...ok, host: 'evil.example' }, expected)).toMatchObject({
      ok: false,
      status: 421,
    });
    expect(checkRequest({ ...ok, host: '127.0.0.1:9999' }, expected)).toMatchObject({
      ok: false,
      status: 421,
    });
    expect(checkRequest({ ...ok, origin: 'http://evil.example' }, expected)).toMatchObject({
      status: 403,
    });
    expect(checkRequest({ ...ok, origin: 'https://127.0.0.1:4100' }, expected)).toMatchObject({
      status: 403,
    });
    expect(checkRequest({ ...ok, token: null }, expected)).toMatchObject({ status: 401 });
    expect(checkRequest({ ...ok, token: 'sekret-token ' }, expected)).toMatchObject({
      status: 401,
    });
  });

  it('compares tokens of any length without throwing', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abc', 'abcd')).toBe(false);
    expect(tokenMatches('abc', '')).toBe(false);
    expect(tokenMatches('abc', undefined)).toBe(false);
  });

  it('never serves a file outside the renderer folder', () => {
    expect(resolveInside('/srv/app', '/index.html')).toBe('/srv/app/index.html');
    expect(resolveInside('/srv/app', '/../etc/passwd')).toBeNull();
    expect(resolveInside('/srv/app', '/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveInside('/srv/app', '/a%00b')).toBeNull();
    expect(resolveInside('/srv/app', '/%E0%A4%A')).toBeNull();
  });
});
