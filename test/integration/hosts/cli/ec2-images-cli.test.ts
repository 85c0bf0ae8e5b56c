import { expect, it } from 'vitest';
import type { Boto3Pages } from './boto3-paginate';
import type { CliRun } from './run-cli';
import { cliVsAws, json, nextToken } from './cli-vs-aws';

// EC2 DescribeImages (Owners self). Debian's AWS CLI (botocore 1.29) has no paginator for it: it
// lists every image in one call and prints no NextToken, so the listing is compared with that
// one call, and tokens with boto3's paginator from the newer botocore on PATH, whose model
// (input and output NextToken, limit MaxResults) is the one PageScope follows.
const { list, beforeBatch, plan, theirs, boto3 } = cliVsAws(51, 'us-east-1');
const images = (args: string[]) => list(['ec2-images', ...args]);
const ids = ['--query', 'Images[].ImageId', '--output', 'json'];
const describeImages = ['ec2', 'describe-images', '--owners', 'self'];
/** boto3's DescribeImages paginator (Owners self), one job per PaginationConfig. */
const paginate = (configs: object[]) =>
  boto3(
    configs.map((config) => ({
      service: 'ec2',
      operation: 'describe_images',
      params: { Owners: ['self'] },
      config,
      result: 'Images',
      key: 'ImageId',
    })),
  );
// 12 of pages of 5 stops inside a page; 10 ends on one.
const cuts = [12, 10];
let firsts: CliRun[] = [];
let pages: Boto3Pages[] = [];

beforeBatch(async () => {
  plan('whole', [...describeImages, '--query', 'Images', '--output', 'json']);
  plan('none', [...describeImages, '--region', 'us-west-2', ...ids]);
  firsts = await Promise.all(
    cuts.map((max) => images(['--page-size', '5', '--max-items', String(max), ...ids])),
  );
  pages = await paginate([
    {},
    ...cuts.flatMap((max, i) => [
      { PageSize: 5, MaxItems: max },
      { PageSize: 5, StartingToken: nextToken(firsts[i]!) },
    ]),
  ]);
});

it('lists every own image that the AWS CLI’s single unpaged call lists, in its order', async () => {
  const whole = json(theirs('whole')) as Array<{ ImageId: string }>;
  expect(whole.length).toBeGreaterThan(15);
  expect(json(await images(['--page-size', '5', '--query', 'Images', '--output', 'json']))).toEqual(
    whole,
  );
  expect(json(await images([...ids]))).toEqual(whole.map((i) => i.ImageId));
  expect(json(await images(['--region', 'us-west-2', ...ids]))).toEqual(json(theirs('none')));
});

it('resumes a NextToken of boto3’s DescribeImages paginator (newer botocore), both ways', async () => {
  const all = pages[0]!.items;
  for (const [i, first] of firsts.entries()) {
    const head = pages[1 + 2 * i]!;
    expect(json(first)).toEqual(head.items);
    expect(head.next).toBe(nextToken(first));
    const ours = await images(['--page-size', '5', '--starting-token', head.next!, ...ids]);
    expect(json(ours)).toEqual(pages[2 + 2 * i]!.items);
    expect([...head.items, ...(json(ours) as string[])]).toEqual(all);
  }
});
