/**
 * The expression tree, node for node as jmespath.py builds it (jmespath/ast.py), so analyses
 * written against jmespath.py's `compile(...).parsed` read this one too.
 */
export type ComparatorName = 'eq' | 'ne' | 'lt' | 'gt' | 'lte' | 'gte';

export type JmesNode =
  | { type: 'comparator'; value: ComparatorName; children: [JmesNode, JmesNode] }
  | { type: 'current'; children: [] }
  | { type: 'expref'; children: [JmesNode] }
  | { type: 'function_expression'; value: string; children: JmesNode[] }
  | { type: 'field'; value: string; children: [] }
  | { type: 'filter_projection'; children: [JmesNode, JmesNode, JmesNode] }
  | { type: 'flatten'; children: [JmesNode] }
  | { type: 'identity'; children: [] }
  | { type: 'index'; value: number; children: [] }
  | { type: 'index_expression'; children: JmesNode[] }
  | KeyValPair
  | { type: 'literal'; value: unknown; children: [] }
  | { type: 'multi_select_dict'; children: KeyValPair[] }
  | { type: 'multi_select_list'; children: JmesNode[] }
  | { type: 'or_expression'; children: [JmesNode, JmesNode] }
  | { type: 'and_expression'; children: [JmesNode, JmesNode] }
  | { type: 'not_expression'; children: [JmesNode] }
  | { type: 'pipe'; children: [JmesNode, JmesNode] }
  | { type: 'projection'; children: [JmesNode, JmesNode] }
  | { type: 'subexpression'; children: JmesNode[] }
  | { type: 'slice'; children: [number | null, number | null, number | null] }
  | { type: 'value_projection'; children: [JmesNode, JmesNode] };

export interface KeyValPair {
  type: 'key_val_pair';
  value: string;
  children: [JmesNode];
}

export type NodeOf<T extends JmesNode['type']> = Extract<JmesNode, { type: T }>;
