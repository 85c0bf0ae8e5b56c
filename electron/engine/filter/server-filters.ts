import type { JmesNode } from '../../../shared/jmespath';

/** What a service's own filter parameter (EC2's Filter.N) can test: item paths and tags. */
export interface ServerFilterModel {
  /** Item path (`State.Name`) → filter name (`instance-state-name`), for equality with a string. */
  fields: Readonly<Record<string, string>>;
  /** Whether `tag:KEY` filters exist (equality of a tag's value). */
  tags: boolean;
}

/** One server-side filter: the item must have one of these values (EC2's OR within a filter). */
export interface ServerFilter {
  Name: string;
  Values: string[];
}

type Constraints = Map<string, Set<string>>;

/** `State.Name` for a chain of plain fields, else null. */
const pathOf = (node: JmesNode): string | null => {
  if (node.type === 'field') return node.value;
  if (node.type !== 'subexpression') return null;
  const parts = node.children.map(pathOf);
  return parts.every((p) => p !== null) ? parts.join('.') : null;
};

const stringOf = (node: JmesNode | undefined): string | null =>
  node?.type === 'literal' && typeof node.value === 'string' ? node.value : null;

/** `Key == 'team'` (either way round) → the string compared with `field`, else null. */
const equalityOn = (node: JmesNode, field: string): string | null => {
  if (node.type !== 'comparator' || node.value !== 'eq') return null;
  const [a, b] = node.children;
  if (pathOf(a) === field) return stringOf(b);
  return pathOf(b) === field ? stringOf(a) : null;
};

const isFirst = (node: JmesNode): boolean =>
  node.type === 'index_expression' &&
  node.children.length === 2 &&
  node.children[0]!.type === 'identity' &&
  node.children[1]!.type === 'index' &&
  node.children[1]!.value === 0;

/** `Tags[?Key=='team'].Value` → 'team'. */
const tagValuesKey = (node: JmesNode): string | null => {
  if (node.type !== 'filter_projection') return null;
  const [tags, value, condition] = node.children;
  if (pathOf(tags) !== 'Tags' || pathOf(value) !== 'Value') return null;
  return equalityOn(condition, 'Key');
};

/** `(Tags[?Key=='team'].Value | [0])` → 'team'. */
const tagValueKey = (node: JmesNode): string | null =>
  node.type === 'pipe' && isFirst(node.children[1]) ? tagValuesKey(node.children[0]) : null;

/**
 * `Tags[?Key=='team'].Value | [0] == 'x'`, which JMESPath reads as the tag's values piped into
 * `[0] == 'x'` (a pipe binds loosest): the tag `team` with value x.
 */
const pipedTagEquality = (node: JmesNode): [string, string] | null => {
  if (node.type !== 'pipe') return null;
  const [values, test] = node.children;
  const key = tagValuesKey(values);
  if (key === null || test.type !== 'comparator' || test.value !== 'eq') return null;
  const [a, b] = test.children;
  const value = isFirst(a) ? stringOf(b) : isFirst(b) ? stringOf(a) : null;
  return value === null ? null : [key, value];
};

// EC2 reads * and ? in filter values as wildcards and \ as their escape; such values stay
// client-side, where == means equal.
const WILDCARD = /[*?\\]/;

const single = (name: string, value: string): Constraints =>
  WILDCARD.test(value) ? new Map() : new Map([[name, new Set([value])]]);

/** Both must hold: each filter's values narrowed to those both allow (kept whole if none). */
const both = (a: Constraints, b: Constraints): Constraints => {
  const out = new Map(a);
  for (const [name, values] of b) {
    const mine = out.get(name);
    const common = mine ? new Set([...mine].filter((v) => values.has(v))) : values;
    // Values that contradict select nothing; the filter runs after and finds that out.
    out.set(name, common.size > 0 ? common : (mine ?? values));
  }
  return out;
};

/**
 * The server-side filters an item condition implies: every item that passes the condition passes
 * them, so asking the service for them drops only items the condition drops too. Sound, not
 * complete: a condition it cannot read implies no filter.
 */
export const conditionFilters = (condition: JmesNode, model: ServerFilterModel): Constraints => {
  switch (condition.type) {
    case 'pipe': {
      const tag = model.tags ? pipedTagEquality(condition) : null;
      return tag ? single(`tag:${tag[0]}`, tag[1]) : new Map();
    }
    case 'comparator': {
      if (condition.value !== 'eq') return new Map();
      for (const [path, name] of Object.entries(model.fields)) {
        const value = equalityOn(condition, path);
        if (value !== null) return single(name, value);
      }
      if (!model.tags) return new Map();
      const [a, b] = condition.children;
      const key = tagValueKey(a) ?? tagValueKey(b);
      const value = tagValueKey(a) !== null ? stringOf(b) : stringOf(a);
      return key !== null && value !== null ? single(`tag:${key}`, value) : new Map();
    }
    case 'filter_projection': {
      // `Tags[?Key=='team' && Value=='x']` as a condition: true when some tag matches.
      const [tags, right, inner] = condition.children;
      if (!model.tags || pathOf(tags) !== 'Tags' || right.type !== 'identity') return new Map();
      if (inner.type !== 'and_expression') return new Map();
      const [x, y] = inner.children;
      const key = equalityOn(x, 'Key') ?? equalityOn(y, 'Key');
      const value = equalityOn(x, 'Value') ?? equalityOn(y, 'Value');
      return key !== null && value !== null ? single(`tag:${key}`, value) : new Map();
    }
    case 'and_expression':
      return both(
        conditionFilters(condition.children[0], model),
        conditionFilters(condition.children[1], model),
      );
    case 'or_expression': {
      // Either holds: one filter of the union of values, when both sides test the same one thing.
      const a = conditionFilters(condition.children[0], model);
      const b = conditionFilters(condition.children[1], model);
      const [name] = [...a.keys()];
      if (a.size !== 1 || b.size !== 1 || !b.has(name!)) return new Map();
      return new Map([[name!, new Set([...a.get(name!)!, ...b.get(name!)!])]]);
    }
    default:
      return new Map();
  }
};

/** The server-side filters an item filter (`[?...]`, maybe projected or piped) implies. */
export const itemFilterServerFilters = (
  ast: JmesNode,
  model: ServerFilterModel,
): ServerFilter[] => {
  let node = ast;
  while (node.type === 'pipe' || node.type === 'projection') node = node.children[0];
  if (node.type !== 'filter_projection' || node.children[0].type !== 'identity') return [];
  const constraints = conditionFilters(node.children[2], model);
  return [...constraints].map(([Name, values]) => ({ Name, Values: [...values] }));
};
