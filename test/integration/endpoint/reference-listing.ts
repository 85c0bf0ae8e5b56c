/**
 * An independent model of what S3 returns for a listing, computed the slow obvious way over all
 * keys (byte order via Buffer.compare), to check the endpoint's paged, binary-searched answers.
 */
export const byteOrder = (a: string, b: string): number =>
  Buffer.compare(Buffer.from(a), Buffer.from(b));

export interface Listing {
  keys: string[];
  prefixes: string[];
}

export const referenceListing = (
  allKeys: readonly string[],
  options: { prefix?: string; delimiter?: string; startAfter?: string },
): Listing => {
  const prefix = options.prefix ?? '';
  const delimiter = options.delimiter ?? '';
  const keys: string[] = [];
  const prefixes: string[] = [];
  for (const key of [...allKeys].sort(byteOrder)) {
    if (!key.startsWith(prefix)) continue;
    if (options.startAfter !== undefined && byteOrder(key, options.startAfter) <= 0) continue;
    const cut = delimiter === '' ? -1 : key.indexOf(delimiter, prefix.length);
    if (cut < 0) keys.push(key);
    else {
      const common = key.slice(0, cut + delimiter.length);
      if (prefixes.at(-1) !== common) prefixes.push(common);
    }
  }
  return { keys, prefixes };
};
