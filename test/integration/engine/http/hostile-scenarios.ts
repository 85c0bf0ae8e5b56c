import type { ServerResponse } from 'node:http';
import { keysAfter, listXml, sendXml, type Script } from './hostile-s3-server';

const ENTRY =
  '<Contents><Key>k</Key><LastModified>2026-01-01T00:00:00.000Z</LastModified><Size>1</Size></Contents>';

/** Discovery (a '/'-delimited listing) finds these folders; other requests go to `script`. */
export const withFolders =
  (folders: readonly string[], script: Script): Script =>
  (req, res) => {
    if (req.query.get('delimiter') !== '/') return script(req, res);
    const prefixes = folders.map((f) => `<CommonPrefixes><Prefix>${f}</Prefix></CommonPrefixes>`);
    sendXml(
      res,
      listXml([]).replace('</ListBucketResult>', `${prefixes.join('')}</ListBucketResult>`),
    );
  };

/** A ListObjectsV2 body that never ends, until the client goes away. */
export const endlessBody: Script = (_req, res: ServerResponse) => {
  res.writeHead(200, { 'content-type': 'application/xml' });
  res.write('<ListBucketResult><IsTruncated>false</IsTruncated>');
  const chunk = ENTRY.repeat(500);
  const more = () => {
    while (!res.destroyed && res.write(chunk));
    if (!res.destroyed) res.once('drain', more);
  };
  res.on('close', () => res.destroy());
  more();
};

/** Fresh keys on every page and next tokens A, B, A, B...: only the tokens show the loop. */
export const cyclingTokens: Script = (req, res) =>
  sendXml(res, listXml([`k${String(req.n).padStart(9, '0')}`], req.n % 2 ? 'B' : 'A'));

export const FOLDER_KEYS = ['a/', 'b/', 'c/', 'd/'].flatMap((f) =>
  [1, 2, 3].map((i) => `${f}${i}`),
);

/** Honours continuation tokens (the last key) but ignores StartAfter: every range starts over. */
export const ignoresStartAfter: Script = (req, res) => {
  const keys = keysAfter(FOLDER_KEYS, req.query.get('continuation-token')).slice(0, 2);
  const next = keys.length === 2 && keys[1] !== FOLDER_KEYS.at(-1) ? keys[1]! : null;
  sendXml(res, listXml(keys, next));
};

/** Headers, then one byte every `everyMs`, for ever. */
export const dripping =
  (everyMs: number): Script =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/xml' });
    const timer = setInterval(() => res.write(' '), everyMs);
    res.on('close', () => clearInterval(timer));
  };

/** A list response nested `depth` elements deep. */
export const deepXml =
  (depth: number): Script =>
  (_req, res) =>
    sendXml(
      res,
      `<ListBucketResult>${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}</ListBucketResult>`,
    );
