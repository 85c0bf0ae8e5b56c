import { describe, expect, it } from 'vitest';
import {
  childLocation,
  crumbsFor,
  isViewLocation,
  parentOf,
  topLevel,
} from '../../../../../renderer/app/views/view-location';
import { resourceInfos } from '../../../../../electron/engine/resources/registry';

/** The engine's catalog, as resources.list gives it to the renderer. */
const lookup = (kind: string) => resourceInfos().find((r) => r.kind === kind);
const bucketRoot = (bucket: string) => childLocation(lookup('s3-buckets')!.child!, bucket, lookup);

describe('parentOf: where Backspace and Alt+↑ go', () => {
  it('goes up one folder, then to the bucket, then to the buckets', () => {
    const month = {
      resource: 's3-objects',
      params: { bucket: 'b', prefix: '2024/05/', delimiter: '/' },
    };
    const year = parentOf(month, lookup);
    expect(year).toEqual({
      resource: 's3-objects',
      params: { bucket: 'b', prefix: '2024/', delimiter: '/' },
    });
    expect(parentOf(year!, lookup)).toEqual(bucketRoot('b'));
    expect(parentOf(bucketRoot('b'), lookup)).toEqual(topLevel('s3-buckets'));
    expect(parentOf(topLevel('s3-buckets'), lookup)).toBeNull();
  });

  it('keeps the listing mode (flat, versions) on the way up', () => {
    const versions = { resource: 's3-object-versions', params: { bucket: 'b', prefix: 'a/b/' } };
    expect(parentOf(versions, lookup)).toEqual({
      resource: 's3-object-versions',
      params: { bucket: 'b', prefix: 'a/', delimiter: undefined },
    });
  });

  it('has nothing above a top-level resource', () => {
    expect(parentOf(topLevel('ec2-instances'), lookup)).toBeNull();
  });
});

describe('a row two levels down (a log stream’s events)', () => {
  const streams = childLocation(lookup('logs-groups')!.child!, '/ecs/web', lookup);
  const events = childLocation(lookup('logs-streams')!.child!, 'web/1', lookup, {
    ...streams.params,
  });

  it('keeps the parent view’s parameters the child declares, with the row’s key', () => {
    expect(streams).toEqual({ resource: 'logs-streams', params: { logGroupName: '/ecs/web' } });
    expect(events).toEqual({
      resource: 'logs-events',
      params: { logGroupName: '/ecs/web', logStreamName: 'web/1' },
    });
    expect(isViewLocation(events)).toBe(true);
  });

  it('shows the whole trail, each crumb opening its view, and goes up one level at a time', () => {
    expect(crumbsFor(events, lookup)).toEqual([
      { label: 'Log groups', target: topLevel('logs-groups') },
      { label: '/ecs/web', target: streams },
      { label: 'web/1', target: null },
    ]);
    expect(parentOf(events, lookup)).toEqual(streams);
    expect(parentOf(streams, lookup)).toEqual(topLevel('logs-groups'));
  });
});
