import fc from 'fast-check';
import { s3UrlEncode } from '../../../../electron/endpoint/s3/url-encoding';
import { versionsBody, v2Body, type Part } from './generated-list-xml';

const S3_NS = 'http://s3.amazonaws.com/doc/2006-03-01/';
// What S3 URL-encodes when asked to (the members that carry keys).
const ENCODED = new Set(['Key', 'Prefix', 'Delimiter', 'StartAfter', 'KeyMarker', 'NextKeyMarker']);

/** Edits that make a document something the fast parser must leave to the SDK. */
const injections: Record<string, (xml: string) => string> = {
  none: (x) => x,
  unknownTop: (x) => x.replace('<Name>', '<Foo>bar</Foo><Name>'),
  unknownInEntry: (x) => x.replace('<ETag>', '<Bar/><ETag>'),
  comment: (x) => x.replace('<Name>', '<!-- note --><Name>'),
  cdata: (x) => x.replace(/<Name>[^<]*<\/Name>/, '<Name><![CDATA[demo]]></Name>'),
  attribute: (x) => x.replace('<Name>', '<Name a="1">'),
  repeated: (x) => x.replace('<Name>', '<Name>x</Name><Name>'),
  unknownEntity: (x) => x.replace('<Name>', '<Name>&nbsp;'),
  astralReference: (x) => x.replace('<Name>', '<Name>&#x1F600;'),
  spaceGap: (x) => x.replace('<Name>', ' <Name>'),
  trailing: (x) => `${x}<X/>`,
  otherAttribute: (x) => x.replace(`xmlns="${S3_NS}"`, `xmlns="${S3_NS}" Name="attr"`),
};

interface Style {
  refs: 'named' | 'decimal' | 'hex';
  /** S3 writes a CR in a key raw (a parser reads it as LF); other servers send a reference. */
  cr: 'raw' | 'reference';
  gap: string;
  selfClose: boolean;
  url: boolean;
}

const NAMED: Record<string, string> = {
  '&': 'amp',
  '<': 'lt',
  '>': 'gt',
  '"': 'quot',
  "'": 'apos',
};
const escape = (text: string, { refs, cr }: Style): string =>
  text.replace(cr === 'raw' ? /[&<>"']/g : /[&<>"'\r]/g, (c) => {
    const code = c.charCodeAt(0);
    if (refs === 'named' && NAMED[c]) return `&${NAMED[c]};`;
    return refs === 'hex' ? `&#x${code.toString(16).toUpperCase()};` : `&#${code};`;
  });

const render = (parts: Part[], style: Style): string =>
  parts
    .map(([name, content]) => {
      if (typeof content !== 'string')
        return `<${name}>${render(content, style)}${style.gap}</${name}>`;
      const text = style.url && ENCODED.has(name) ? s3UrlEncode(content) : content;
      if (text === '' && style.selfClose) return `${style.gap}<${name}/>`;
      return `${style.gap}<${name}>${escape(text, style)}</${name}>`;
    })
    .join('');

export interface GeneratedPage {
  op: 'v2' | 'versions';
  xml: string;
  headers: Record<string, string>;
  injection: string;
}

const styleArb = fc.record({
  refs: fc.constantFrom('named', 'decimal', 'hex') as fc.Arbitrary<Style['refs']>,
  cr: fc.constantFrom('raw', 'reference') as fc.Arbitrary<Style['cr']>,
  gap: fc.constantFrom('', '', '\n', '\n  ', '\n\t', '\r\n  '),
  selfClose: fc.boolean(),
  url: fc.boolean(),
});

export const generatedPage: fc.Arbitrary<GeneratedPage> = fc
  .record({
    op: fc.constantFrom('v2', 'v2', 'versions') as fc.Arbitrary<'v2' | 'versions'>,
    style: styleArb,
    v2: v2Body,
    versions: versionsBody,
    declaration: fc.boolean(),
    charged: fc.boolean(),
    injection: fc.oneof(
      { weight: 6, arbitrary: fc.constant('none') },
      { weight: 4, arbitrary: fc.constantFrom(...Object.keys(injections)) },
    ),
  })
  .map(({ op, style, v2, versions, declaration, charged, injection }): GeneratedPage => {
    const root = op === 'v2' ? 'ListBucketResult' : 'ListVersionsResult';
    const parts = op === 'v2' ? v2 : versions;
    const members = style.url ? [...parts, ['EncodingType', 'url'] as Part] : parts;
    const xml =
      (declaration ? '<?xml version="1.0" encoding="UTF-8"?>\n' : '') +
      `<${root} xmlns="${S3_NS}">${render(members, style)}${style.gap}</${root}>`;
    return {
      op,
      xml: injections[injection]!(xml),
      headers: charged ? { 'x-amz-request-charged': 'requester' } : ({} as Record<string, string>),
      injection,
    };
  });
