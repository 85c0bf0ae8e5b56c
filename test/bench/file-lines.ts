import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** Lines of a text file, or only those starting with `prefix`: a contender's row count. */
export const countLines = async (path: string, prefix = ''): Promise<number> => {
  let count = 0;
  for await (const line of createInterface({
    input: createReadStream(path),
    crlfDelay: Infinity,
  })) {
    if (line.startsWith(prefix)) count++;
  }
  return count;
};
