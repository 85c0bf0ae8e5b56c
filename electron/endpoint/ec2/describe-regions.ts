import { DEMO_REGIONS, isEnabled } from '../data/ec2-regions';
import { ec2InvalidParameterValue } from '../http/aws-error';
import { el, wrap } from '../http/xml';
import { compileRegionFilters } from './region-filters';
import { listParam } from './query-lists';

/**
 * Enabled regions by default, every region with AllRegions=true, each with its opt-in status.
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeRegions.html
 */
export const describeRegions = (form: URLSearchParams): string => {
  const names = listParam(form, 'RegionName');
  const unknown = names.find((name) => !DEMO_REGIONS.some((region) => region.name === name));
  if (unknown !== undefined) throw ec2InvalidParameterValue(`Invalid region: ${unknown}`);
  const all = form.get('AllRegions') === 'true' || names.length > 0;
  const matches = compileRegionFilters(form);
  const regions = DEMO_REGIONS.filter(
    (region) =>
      (all || isEnabled(region)) &&
      (names.length === 0 || names.includes(region.name)) &&
      matches(region),
  );
  return wrap(
    'regionInfo',
    regions
      .map((region) =>
        wrap(
          'item',
          el('regionName', region.name) +
            el('regionEndpoint', `ec2.${region.name}.amazonaws.com`) +
            el('optInStatus', region.optInStatus),
        ),
      )
      .join(''),
  );
};
