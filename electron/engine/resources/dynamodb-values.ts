/**
 * DynamoDB's typed attribute values ({"S": "a"}, {"N": "1.5"}, {"M": {...}}) as plain JSON, the
 * way a reader expects an item: numbers as JSON numbers where a double holds them exactly (else
 * their text, as boto3's TypeDeserializer keeps them as Decimal), bytes and byte sets in base64
 * (as the AWS CLI prints them), string, number and byte sets as lists in the service's order.
 */

interface Decimal {
  negative: boolean;
  digits: string;
  exponent: number;
}

const decimalOf = (text: string): Decimal | null => {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  const whole = `${m[2]}${m[3] ?? ''}`;
  const stripped = whole.replace(/^0+/, '');
  const digits = stripped.replace(/0+$/, '');
  const exponent = Number(m[4] ?? 0) - (m[3] ?? '').length + (stripped.length - digits.length);
  return { negative: m[1] === '-' && digits !== '', digits, exponent };
};

const sameDecimal = (a: Decimal | null, b: Decimal | null): boolean =>
  a !== null &&
  b !== null &&
  a.negative === b.negative &&
  a.digits === b.digits &&
  (a.digits === '' || a.exponent === b.exponent);

/** A DynamoDB number as a JSON number when that is exact, else as its text. */
export const numberValue = (text: string): number | string => {
  const value = Number(text);
  if (!Number.isFinite(value)) return text;
  return sameDecimal(decimalOf(text), decimalOf(String(value))) ? value : text;
};

const base64 = (value: unknown): string =>
  value instanceof Uint8Array ? Buffer.from(value).toString('base64') : String(value);

/** One attribute value as plain JSON. */
export const plainValue = (value: unknown): unknown => {
  if (typeof value !== 'object' || value === null) return null;
  const av = value as Record<string, unknown>;
  if (av.S !== undefined) return av.S;
  if (av.N !== undefined) return numberValue(String(av.N));
  if (av.BOOL !== undefined) return av.BOOL;
  if (av.NULL !== undefined) return null;
  if (av.B !== undefined) return base64(av.B);
  if (av.SS !== undefined) return [...(av.SS as string[])];
  if (av.NS !== undefined) return (av.NS as string[]).map(numberValue);
  if (av.BS !== undefined) return (av.BS as unknown[]).map(base64);
  if (av.L !== undefined) return (av.L as unknown[]).map(plainValue);
  if (av.M !== undefined) return plainItem(av.M as Record<string, unknown>);
  return null;
};

/** An item (a map of attribute values) as a plain JSON object. */
export const plainItem = (item: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(item)) out[name] = plainValue(value);
  return out;
};
