import { expect, it } from 'vitest';
import type { CliRun } from './run-cli';
import { cliVsAws, json, nextToken } from './cli-vs-aws';

// Lambda ListFunctions (REST-JSON) against /usr/bin/aws on the same local endpoint: every
// function as the AWS CLI prints it, and a --max-items NextToken of each tool resumed by the other.
const { endpoint, list, beforeBatch, plan, theirs } = cliVsAws(31, 'eu-west-1');
const functions = (args: string[]) => list(['lambda-functions', ...args]);
const names = ['--query', 'Functions[].FunctionName', '--output', 'json'];
const whole = ['--query', 'Functions', '--output', 'json'];
const cli = (...args: string[]) => ['lambda', 'list-functions', ...args];
const WEST_2 = ['--region', 'us-west-2'];
const query = ['--query', '{Names: Functions[].FunctionName, Next: NextToken}', '--output', 'json'];
// 12 of pages of 5 stops inside the third page (boto_truncate_amount 2); 10 ends on a page.
const cuts = ['12', '10'];
/** PageScope's --max-items runs of the cuts, made before the batch (their tokens are in it). */
let firsts: CliRun[] = [];

beforeBatch(async () => {
  plan('by ten', cli('--page-size', '10', ...whole));
  plan('by default', cli(...names));
  plan('above', cli('--page-size', '80', ...names));
  plan('none', cli(...WEST_2, ...names));
  firsts = await Promise.all(
    cuts.map((maxItems) => functions(['--page-size', '5', '--max-items', maxItems, ...names])),
  );
  cuts.forEach((maxItems, i) => {
    plan(`head ${i}`, cli('--page-size', '5', '--max-items', maxItems, ...query));
    const token = nextToken(firsts[i]!) ?? 'none';
    plan(`rest ${i}`, cli('--page-size', '5', '--starting-token', token, ...names));
  });
});

it('lists every function as the AWS CLI prints it, page after page and at any page size', async () => {
  const listed = json(theirs('by ten')) as Array<Record<string, unknown>>;
  expect(listed.length).toBeGreaterThan(100);
  expect(listed[0]!.LastModified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000\+0000$/);
  expect(json(await functions(['--page-size', '10', ...whole]))).toEqual(listed);
  const allNames = listed.map((f) => f.FunctionName);
  expect(json(theirs('by default'))).toEqual(allNames);
  expect(json(await functions(names))).toEqual(allNames);
  // Above 50 Lambda answers 50 a page, as it documents: both tools still list everything.
  const requests = endpoint().requests().length;
  expect(json(await functions(['--page-size', '80', ...names]))).toEqual(json(theirs('above')));
  expect(endpoint().requests().length - requests).toBe(Math.ceil(allNames.length / 50));
  expect(json(await functions([...WEST_2, ...names]))).toEqual(json(theirs('none')));
});

it('resumes from a NextToken of the other tool, mid-page and at a page boundary', async () => {
  const all = json(theirs('by default'));
  for (const [i, first] of firsts.entries()) {
    const ourToken = nextToken(first);
    expect(ourToken).not.toBeNull();
    const head = json(theirs(`head ${i}`)) as { Names: string[]; Next: string };
    expect(json(first)).toEqual(head.Names);
    expect(head.Next).toBe(ourToken);
    const ours = await functions(['--page-size', '5', '--starting-token', head.Next, ...names]);
    expect(json(ours)).toEqual(json(theirs(`rest ${i}`)));
    expect([...head.Names, ...(json(ours) as string[])]).toEqual(all);
  }
});

it('names the IAM action when Lambda denies the listing, and rides out throttling', async () => {
  endpoint().script({
    service: 'lambda',
    operation: 'ListFunctions',
    nth: 1,
    fault: 'AccessDenied',
  });
  const denied = await functions(names);
  expect(denied.code).toBe(1);
  expect(denied.stderr).toContain('lambda:ListFunctions');
  // TooManyRequestsException (429) on the second page: retried, nothing lost.
  endpoint().script({
    service: 'lambda',
    operation: 'ListFunctions',
    nth: 2,
    fault: 'RequestLimitExceeded',
  });
  const requests = endpoint().requests().length;
  expect(json(await functions(['--page-size', '20', ...names]))).toEqual(
    json(theirs('by default')),
  );
  const statuses = endpoint()
    .requests()
    .slice(requests)
    .map((r) => r.status);
  expect(statuses).toContain(429);
});
