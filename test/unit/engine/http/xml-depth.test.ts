import { describe, expect, it } from 'vitest';
import { XmlDepthMeter } from '../../../../electron/engine/http/xml-depth';

const deepest = (...chunks: string[]): number => {
  const meter = new XmlDepthMeter();
  for (const chunk of chunks) meter.feed(Buffer.from(chunk));
  return meter.deepest;
};

describe('XmlDepthMeter', () => {
  it('counts nesting, not siblings, empty elements or declarations', () => {
    expect(deepest('<?xml version="1.0"?><a><b>x</b><b/><b attr="1/"></b></a>')).toBe(2);
    expect(deepest('<a><b><c/></b></a>')).toBe(3);
    expect(deepest('<a><!-- note --><b>1 &lt; 2</b></a>')).toBe(2);
  });

  it('reads a document split anywhere between chunks', () => {
    const xml = '<a><b><c></c></b><b/></a>';
    for (let cut = 0; cut <= xml.length; cut += 1) {
      expect(deepest(xml.slice(0, cut), xml.slice(cut))).toBe(3);
    }
  });
});
