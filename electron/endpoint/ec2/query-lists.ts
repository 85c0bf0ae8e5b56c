/**
 * EC2 Query lists: `InstanceId.1=a&InstanceId.2=b` and
 * `Filter.1.Name=x&Filter.1.Value.1=y`. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/Query-Requests.html
 */
export const listParam = (form: URLSearchParams, name: string): string[] =>
  [...form.entries()]
    .map(([key, value]) => [new RegExp(`^${name}\\.(\\d+)$`).exec(key)?.[1], value] as const)
    .filter((pair): pair is readonly [string, string] => pair[0] !== undefined)
    .sort((a, b) => Number(a[0]) - Number(b[0]))
    .map(([, value]) => value);

export interface QueryFilter {
  name: string;
  values: string[];
}

export const filterParams = (form: URLSearchParams): QueryFilter[] => {
  const byIndex = new Map<number, QueryFilter>();
  for (const [key, value] of form.entries()) {
    const match = /^Filter\.(\d+)\.(Name|Value\.\d+)$/.exec(key);
    if (!match) continue;
    const filter = byIndex.get(Number(match[1])) ?? { name: '', values: [] };
    if (match[2] === 'Name') filter.name = value;
    else filter.values.push(value);
    byIndex.set(Number(match[1]), filter);
  }
  return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, filter]) => filter);
};

/** EC2 filter values accept `*` (any run) and `?` (one character). */
export const wildcard = (pattern: string): RegExp =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replaceAll('*', '.*')
      .replaceAll('?', '.')}$`,
    's',
  );
