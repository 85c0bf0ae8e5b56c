import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DEMO_ACCESS_KEY_ID, DEMO_SECRET_ACCESS_KEY } from '../../../../shared/demo-credentials';

const run = promisify(execFile);

// Debian's botocore (1.29), not the pyenv one first on PATH: the reference vectors come from it.
const PYTHON = '/usr/bin/python3';

const script = `
import json, sys, boto3
from botocore.config import Config
a = json.loads(sys.argv[1])
s3 = boto3.client('s3', endpoint_url=a['url'], region_name='us-east-1',
    aws_access_key_id=a['key'], aws_secret_access_key=a['secret'],
    config=Config(s3={'addressing_style': 'path'}))
config = {k: v for k, v in a['config'].items() if v is not None}
pages = s3.get_paginator(a['operation']).paginate(Bucket=a['bucket'], PaginationConfig=config, **a['extra'])
keys = []
for page in pages:
    keys += [o['Key'] for o in (page.get('Contents') or [])]
    keys += [p['Prefix'] for p in (page.get('CommonPrefixes') or [])]
print(json.dumps({'keys': keys, 'token': pages.resume_token}))
`;

export interface BotoListing {
  keys: string[];
  token: string | null;
}

/** A boto3 paginator's listing (MaxItems, PageSize, StartingToken) against the endpoint. */
export const boto3List = async (o: {
  url: string;
  bucket: string;
  pageSize?: number;
  maxItems?: number;
  startingToken?: string | null;
  delimiter?: string;
}): Promise<BotoListing> => {
  const args = {
    url: o.url,
    key: DEMO_ACCESS_KEY_ID,
    secret: DEMO_SECRET_ACCESS_KEY,
    operation: 'list_objects_v2',
    bucket: o.bucket,
    config: {
      PageSize: o.pageSize ?? null,
      MaxItems: o.maxItems ?? null,
      StartingToken: o.startingToken ?? null,
    },
    extra: o.delimiter ? { Delimiter: o.delimiter } : {},
  };
  const { stdout } = await run(PYTHON, ['-c', script, JSON.stringify(args)], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as BotoListing;
};
