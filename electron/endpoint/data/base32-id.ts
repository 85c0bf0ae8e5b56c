import { hash32 } from './hash';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * `length` characters of RFC 4648 base32 for (seed, stream, index): the alphabet of IAM's unique
 * ids (AIDA..., AROA..., ANPA...) and RDS's DbiResourceId.
 */
export const base32Id = (seed: number, stream: number, index: number, length: number): string => {
  let out = '';
  for (let part = 0; out.length < length; part++) {
    let h = hash32(seed, stream + part * 7919, index);
    for (let i = 0; i < 6 && out.length < length; i++, h >>>= 5) out += ALPHABET[h & 31];
  }
  return out;
};
