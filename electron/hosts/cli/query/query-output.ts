import type { RawPage, ResourceDescriptor } from '../../../engine/resources/resource';
import type { CompiledQuery } from './compile-query';
import type { QueryWriter } from './query-writers';

/** What the two ways of printing a query (the result, page by page text) work from. */
export interface QueryRun {
  pages: AsyncIterable<RawPage>;
  query: CompiledQuery;
  resource: ResourceDescriptor;
  /** Writes to stdout with backpressure. */
  write(text: string): Promise<void>;
  /** The listing's NextToken, once the pages ended. */
  resumeToken(): string | null;
}

/** Texts are gathered up to this size before a write, so a large result is not one string. */
const CHUNK = 64 * 1024;

/** Write pieces of text in chunks of about CHUNK characters. */
export const writePieces = async (run: QueryRun, pieces: Iterable<string>): Promise<void> => {
  let buffer = '';
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= CHUNK) {
      await run.write(buffer);
      buffer = '';
    }
  }
  await run.write(buffer);
};

/** A whole result: a list element by element (as a streamed list is), anything else at once. */
export const writeValue = async (
  run: QueryRun,
  writer: QueryWriter,
  value: unknown,
): Promise<void> => {
  if (!Array.isArray(value)) return writePieces(run, writer.value(value));
  await writePieces(
    run,
    value.map((element) => writer.element(element)),
  );
  await run.write(writer.endList());
};
