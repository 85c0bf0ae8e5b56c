import type { JmesNode } from '../jmespath';

/** Paths read from the item, or null when the item is read as a whole (`@`, `keys(@)`). */
export type ItemReads = string[][] | null;

const merge = (parts: ItemReads[]): ItemReads => {
  const out: string[][] = [];
  for (const part of parts) {
    if (part === null) return null;
    out.push(...part);
  }
  return out;
};

/** The leading run of field names of a subexpression (`State.Name` in `State.Name.x[0]`). */
const leadingFields = (children: readonly JmesNode[]): string[] => {
  const path: string[] = [];
  for (const child of children) {
    if (child.type !== 'field') break;
    path.push(child.value);
  }
  return path;
};

/**
 * Which parts of an item an expression applied to that item reads. Only the left side of a
 * projection, pipe or index sees the item; what follows sees values taken from it, and
 * JMESPath has no way back to the root, so those parts read nothing more of the item.
 */
export const itemReads = (node: JmesNode): ItemReads => {
  switch (node.type) {
    case 'field':
      return [[node.value]];
    case 'literal':
    case 'slice':
    case 'index':
    case 'expref':
      return [];
    case 'current':
    case 'identity':
      return null;
    case 'subexpression': {
      const path = leadingFields(node.children);
      return path.length > 0 ? [path] : itemReads(node.children[0]!);
    }
    case 'projection':
    case 'value_projection':
    case 'filter_projection':
    case 'flatten':
    case 'pipe':
    case 'index_expression':
      return itemReads(node.children[0]!);
    case 'key_val_pair':
    case 'comparator':
    case 'and_expression':
    case 'or_expression':
    case 'not_expression':
    case 'function_expression':
    case 'multi_select_list':
    case 'multi_select_dict':
      return merge((node.children as JmesNode[]).map(itemReads));
  }
};
