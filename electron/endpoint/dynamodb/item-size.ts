import type { AttributeValue, DemoItem } from '../data/dynamodb-tables';

const utf8 = (text: string): number => Buffer.byteLength(text, 'utf8');

// A number is stored as up to 38 significant digits, about one byte per two, plus one.
const numberSize = (n: string): number =>
  Math.ceil(n.replace(/^-|\.|e.*$/gi, '').replace(/^0+/, '').length / 2) + 1;

/**
 * An attribute value's size as DynamoDB counts it toward the 1 MB a Scan reads per call
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html):
 * strings and binaries by their bytes, numbers by their digits, containers 3 bytes plus one per
 * element plus the elements.
 */
const valueSize = (value: AttributeValue): number => {
  const [type, v] = Object.entries(value)[0] ?? ['NULL', true];
  switch (type) {
    case 'S':
      return utf8(v as string);
    case 'N':
      return numberSize(v as string);
    case 'B':
      return Buffer.from(v as string, 'base64').length;
    case 'SS':
      return (v as string[]).reduce((sum, s) => sum + utf8(s), 0);
    case 'NS':
      return (v as string[]).reduce((sum, s) => sum + numberSize(s), 0);
    case 'BS':
      return (v as string[]).reduce((sum, s) => sum + Buffer.from(s, 'base64').length, 0);
    case 'L':
      return 3 + (v as AttributeValue[]).reduce((sum, e) => sum + 1 + valueSize(e), 0);
    case 'M':
      return 3 + itemSize(v as DemoItem) + Object.keys(v as object).length;
    default:
      return 1;
  }
};

export const itemSize = (item: DemoItem): number => {
  let size = 0;
  for (const [name, value] of Object.entries(item)) size += utf8(name) + valueSize(value);
  return size;
};
