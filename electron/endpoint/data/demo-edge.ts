import { describeObject } from './object-attributes';
import { materialized, type ObjectSource } from './object-source';

/**
 * Keys that break careless code: XML and URL special characters, CSV formula starters, non-ASCII
 * (including a character whose UTF-16 and UTF-8 orders disagree with an emoji's), control
 * characters and a key of exactly 1,024 bytes, S3's maximum.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html
 *
 * XML 1.0 cannot carry most control characters, and its parsers read a carriage return as a line
 * feed: listed without `encoding-type=url`, these keys come back altered or not at all, as they do
 * from S3 (s3/key-xml.ts). None holds CR LF, which CSV uses as its record separator.
 */
export const EDGE_KEYS: readonly string[] = [
  'a b c.txt',
  'folder with spaces/file name.txt',
  'plus+sign.txt',
  'a+b/c+d.txt',
  '100%.txt',
  'percent%20literal.txt',
  'ampersand&co.txt',
  'less<than>greater.txt',
  '"double quoted".txt',
  "'single quoted'.txt",
  'comma,separated,name.csv',
  'semi;colon.txt',
  'question?mark.txt',
  'hash#tag.txt',
  'back\\slash.txt',
  'tab\there.txt',
  'line1\nline2.txt',
  'carriage\rreturn.txt',
  'trailing-cr\r',
  'lf-then-cr\n\r.txt',
  'cr\rfolder/inside.txt',
  '\u0001starts-with-soh.txt',
  'control/bell\u0007.txt',
  'control/backspace\b.txt',
  'control/vertical-tab\u000b form-feed\u000c.txt',
  'control/escape\u001b[31mred\u001b[0m.txt',
  'control/unit-separator\u001f.txt',
  'control/delete\u007f.txt',
  'control/next-line\u0085.txt',
  'café/menu.txt',
  'naïve résumé.pdf',
  '日本語/ファイル.txt',
  'emoji/📷 photo 🎉.jpg',
  'emoji/🦄.txt',
  '\uff46ullwidth.txt',
  '=SUM(A1:A2).csv',
  '+cmd.csv',
  '-minus.csv',
  '@at.csv',
  'folder/',
  'folder/inside.txt',
  'deep/a/b/c/d/e/f.txt',
  `long/${'k'.repeat(1019)}`,
];

export const demoEdge = (seed: number): ObjectSource =>
  materialized(EDGE_KEYS, (_key, index) => describeObject(seed, index, Date.UTC(2024, 5, 1)));
