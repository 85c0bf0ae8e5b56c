import type { ViewParams } from '../../../../shared/contract';
import { createPageSource, type PageSourceOptions } from '../page-source';
import type { OpenListing } from './list-request';

export type OpenerOptions = Omit<PageSourceOptions, 'params' | 'pageSize' | 'extraInput'> & {
  bucket: string;
};

/** S3 answers at most 1000 keys per request: the most any request of a listing asks for. */
export const REQUEST_SIZE = 1000;

/** Partitions and discovery requests through the engine's page source (retries, errors, abort). */
export const s3ListingOpener =
  (o: OpenerOptions): OpenListing =>
  (request) => {
    const params: ViewParams = { bucket: o.bucket, prefix: request.prefix };
    if (request.delimiter !== undefined) params.delimiter = request.delimiter;
    return createPageSource({
      ...o,
      params,
      pageSize: request.maxKeys ?? REQUEST_SIZE,
      ...(request.startAfter !== undefined
        ? { extraInput: { StartAfter: request.startAfter } }
        : {}),
    });
  };
