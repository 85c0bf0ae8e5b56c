import { invalidArgument } from '../http/aws-error';
import { queryParam, type ParsedRequest } from '../http/parsed-request';
import type { EncodingType } from './url-encoding';

/** The listing parameters shared by ListObjectsV2 and ListObjectVersions, validated like S3. */
export interface ListParams {
  prefix: string;
  delimiter: string;
  maxKeys: number;
  encoding: EncodingType;
}

const MAX_KEYS_CAP = 1000;

export const parseMaxKeys = (raw: string | undefined, name = 'max-keys'): number => {
  if (raw === undefined) return MAX_KEYS_CAP;
  if (!/^\d{1,10}$/.test(raw) || Number(raw) > 2_147_483_647) {
    throw invalidArgument('Provided max-keys not an integer or within integer range', name, raw);
  }
  return Math.min(Number(raw), MAX_KEYS_CAP);
};

export const parseListParams = (request: ParsedRequest): ListParams => {
  const encoding = queryParam(request, 'encoding-type');
  if (encoding !== undefined && encoding !== 'url') {
    throw invalidArgument(
      'Invalid Encoding Method specified in Request',
      'encoding-type',
      encoding,
    );
  }
  return {
    prefix: queryParam(request, 'prefix') ?? '',
    delimiter: queryParam(request, 'delimiter') ?? '',
    maxKeys: parseMaxKeys(queryParam(request, 'max-keys')),
    encoding: encoding === 'url' ? 'url' : undefined,
  };
};
