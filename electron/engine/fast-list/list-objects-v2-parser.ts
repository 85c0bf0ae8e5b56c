import { readListDocument } from './list-document';
import { listObjectsV2Output, listObjectVersionsOutput } from './list-shapes';

/**
 * The body members of a ListObjectsV2 response, exactly as the SDK's schema deserializer gives
 * them (Dates, numbers, flattened lists, schema member order, no URL decoding when
 * EncodingType=url: the SDK leaves that to the caller too, here resources/s3-url-encoding.ts), or
 * null when the document holds anything this parser does not handle. Pure: text in, object out.
 */
export const parseListObjectsV2 = (xml: string): Record<string, unknown> | null =>
  readListDocument(xml, 'ListBucketResult', listObjectsV2Output);

/** The same for ListObjectVersions. */
export const parseListObjectVersions = (xml: string): Record<string, unknown> | null =>
  readListDocument(xml, 'ListVersionsResult', listObjectVersionsOutput);
