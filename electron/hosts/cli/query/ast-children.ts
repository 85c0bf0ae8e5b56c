import type { JmesNode } from '../../../engine/filter/jmespath';

/** A node's sub-expressions (a slice's children are its numbers, not nodes). */
export const childNodes = (node: JmesNode): JmesNode[] =>
  (node.children as readonly unknown[]).filter(
    (c): c is JmesNode => typeof c === 'object' && c !== null,
  );
