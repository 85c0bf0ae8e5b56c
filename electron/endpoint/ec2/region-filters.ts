import type { DemoRegion } from '../data/ec2-regions';
import { ec2InvalidParameterValue } from '../http/aws-error';
import { filterParams, wildcard } from './query-lists';

const FIELDS: Record<string, (region: DemoRegion) => string> = {
  'opt-in-status': (region) => region.optInStatus,
  'region-name': (region) => region.name,
  endpoint: (region) => `ec2.${region.name}.amazonaws.com`,
};

export const compileRegionFilters = (form: URLSearchParams): ((region: DemoRegion) => boolean) => {
  const tests = filterParams(form).map((filter) => {
    const field = FIELDS[filter.name];
    if (!field) throw ec2InvalidParameterValue(`The filter '${filter.name}' is invalid`);
    const patterns = filter.values.map(wildcard);
    return (region: DemoRegion) => patterns.some((pattern) => pattern.test(field(region)));
  });
  return (region) => tests.every((test) => test(region));
};
