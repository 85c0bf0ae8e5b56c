import { describe, expect, it } from 'vitest';
import type { ProfileInfo, ViewSpecInput } from '../../../../../shared/contract';
import { awsCommand, pagescopeCommand } from '../../../../../renderer/app/commands/cli-commands';
import { resourceInfos } from '../../../../../electron/engine/resources/registry';

/** The engine's catalog entries a copied command is made from. */
const catalogFor = (spec: { resource: string }) => ({
  resource: resourceInfos().find((r) => r.kind === spec.resource)!,
  regions: resourceInfos().find((r) => r.listsRegions),
});

const profile = (kind: ProfileInfo['kind'], endpointUrl: string | null = null): ProfileInfo => ({
  name: kind === 'demo' ? 'Demo' : 'work',
  kind,
  region: 'us-east-1',
  defaultRegion: 'us-east-1',
  endpointUrl,
  source: 'config',
});

const objects: ViewSpecInput = {
  profile: 'work',
  region: 'eu-west-1',
  resource: 's3-objects',
  params: { bucket: 'logs', prefix: "it's/", delimiter: '/' },
  filter: { expression: "[?contains(Key, '.log')]", mode: 'item' },
  pageSize: 100,
  maxItems: 500,
  startingToken: 'abc=',
};

describe('copy as command', () => {
  it('turns an item filter and pagination into the AWS CLI options', () => {
    expect(awsCommand(objects, catalogFor(objects), profile('static'))).toBe(
      "aws s3api list-objects-v2 --region eu-west-1 --bucket logs --prefix 'it'\\''s/' --delimiter / " +
        "--query 'Contents | [?contains(Key, '\\''.log'\\'')]' --page-size 100 --max-items 500 " +
        '--starting-token abc= --profile work',
    );
  });

  it('wraps a bare predicate and keeps a page-mode query as it is', () => {
    const ec2: ViewSpecInput = {
      profile: 'work',
      region: 'us-east-1',
      resource: 'ec2-instances',
      filter: { expression: "State.Name == 'running'", mode: 'item' },
    };
    expect(awsCommand(ec2, catalogFor(ec2), profile('sso'))).toContain(
      `--query 'Reservations[].Instances[] | [?State.Name == '\\''running'\\'']'`,
    );
    const page = {
      ...ec2,
      filter: { expression: 'Reservations[].Instances[].InstanceId', mode: 'page' as const },
    };
    expect(awsCommand(page, catalogFor(page), profile('sso'))).toContain(
      "--query 'Reservations[].Instances[].InstanceId'",
    );
  });

  it('loops over the regions for an all-regions view, with the demo credentials and endpoint', () => {
    const all: ViewSpecInput = { profile: 'Demo', region: 'all', resource: 'ec2-instances' };
    const command = awsCommand(all, catalogFor(all), profile('demo', 'http://127.0.0.1:4566'))!;
    expect(command).toMatch(/^regions=\$\(AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE /);
    expect(command).toContain(
      "aws ec2 describe-regions --region us-east-1 --query 'Regions[].RegionName' --output text --endpoint-url http://127.0.0.1:4566",
    );
    expect(command).toContain(
      'aws ec2 describe-instances --region "$region" --endpoint-url http://127.0.0.1:4566; done',
    );
    expect(command).toContain(') && for region in $regions; do ');
    expect(command).not.toContain('--profile');
  });

  it('sends the options a listing always sends, and a child view’s parameter', () => {
    const images: ViewSpecInput = { profile: 'work', region: 'eu-west-1', resource: 'ec2-images' };
    expect(awsCommand(images, catalogFor(images), profile('static'))).toBe(
      'aws ec2 describe-images --owners self --region eu-west-1 --profile work',
    );
    const records: ViewSpecInput = {
      profile: 'work',
      region: 'us-east-1',
      resource: 'route53-record-sets',
      params: { hostedZoneId: '/hostedzone/Z123' },
    };
    expect(awsCommand(records, catalogFor(records), profile('static'))).toBe(
      'aws route53 list-resource-record-sets --region us-east-1 --hosted-zone-id /hostedzone/Z123 --profile work',
    );
  });

  it('gives the equivalent pagescope list command', () => {
    expect(pagescopeCommand(objects)).toBe(
      "pagescope list s3-objects --profile work --region eu-west-1 --bucket logs --prefix 'it'\\''s/' " +
        "--delimiter / --filter '[?contains(Key, '\\''.log'\\'')]' --page-size 100 --max-items 500 --starting-token abc=",
    );
    const columns = [{ expression: 'tag:team', label: 'Team' }, { expression: "Tags[?Key=='x']" }];
    expect(
      pagescopeCommand({
        profile: 'Demo',
        region: 'eu-west-1',
        resource: 'ec2-instances',
        columns,
      }),
    ).toBe(
      "pagescope list ec2-instances --profile Demo --region eu-west-1 --column tag:team --column 'Tags[?Key=='\\''x'\\'']'",
    );
    expect(pagescopeCommand({ profile: 'Demo', region: 'all', resource: 'ec2-instances' })).toBe(
      'pagescope list ec2-instances --profile Demo --all-regions',
    );
  });
});
