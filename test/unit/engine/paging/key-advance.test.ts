import { describe, expect, it } from 'vitest';
import { KeyAdvance } from '../../../../electron/engine/paging/key-advance';

describe('KeyAdvance', () => {
  it('lets keys go forward in S3 order, page after page', () => {
    const order = new KeyAdvance('s3:ListObjectsV2', true);
    order.check(['a', 'b']);
    order.check(['b0', '\u{1F600}']);
    expect(() => order.check(['\uFFFF'])).toThrow(/returned "\uFFFF" after "\u{1F600}"/u);
  });

  it('refuses a repeated key where keys are unique, not where they may repeat', () => {
    expect(() => new KeyAdvance('op', true).check(['a', 'a'])).toThrow(/after "a"/);
    expect(() => new KeyAdvance('op', false).check(['a', 'a'])).not.toThrow();
    expect(() => new KeyAdvance('op', false).check(['b', 'a'])).toThrow(/"a" after "b"/);
  });
});
