import { useId, type ReactNode } from 'react';
import { ALL_REGIONS, type RegionList } from '../../../shared/contract';

interface RegionPickerProps {
  regions: RegionList | undefined;
  /** The profile's default region, known before (and without) EC2's list. */
  defaultRegion: string | null;
  /** EC2's list is on its way. */
  loading: boolean;
  /** Shown while no profile is known: the profiles are loading, or could not be read. */
  placeholder: string;
  value: string | null;
  /** Global resources (S3 buckets) list the same in every region; the picker says so. */
  regional: boolean;
  onChange(region: string): void;
  /** Why the list is not EC2's, with Retry (RegionListNote). */
  note: ReactNode;
}

/**
 * The profile's default region first, "All regions", then every other region. Until EC2 has
 * listed them the current choice stays selectable, so nothing waits on the list.
 */
export function RegionPicker(props: RegionPickerProps) {
  const { regions, value, regional, loading, onChange } = props;
  const id = useId();
  const defaultRegion = regions?.defaultRegion ?? props.defaultRegion;
  const others = regions?.regions.filter((r) => r.name !== defaultRegion) ?? [];
  const unlisted =
    value !== null &&
    value !== ALL_REGIONS &&
    value !== defaultRegion &&
    !others.some((r) => r.name === value);
  return (
    <div className="picker">
      <label htmlFor={id}>Region</label>
      <select
        id={id}
        className="select"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value)}
      >
        {defaultRegion ? (
          <option value={defaultRegion}>{defaultRegion} (default)</option>
        ) : (
          <option value="">{props.placeholder}</option>
        )}
        {unlisted ? <option value={value}>{value}</option> : null}
        <option value={ALL_REGIONS}>All regions</option>
        {others.length > 0 ? (
          <optgroup label="Regions">
            {others.map((r) => (
              <option key={r.name} value={r.name} disabled={!r.enabled}>
                {r.name}
                {r.enabled ? '' : ' (not enabled)'}
              </option>
            ))}
          </optgroup>
        ) : null}
        {loading ? (
          <option value="" disabled>
            Listing regions…
          </option>
        ) : null}
      </select>
      {!regional && value === ALL_REGIONS ? (
        <p className="picker-note">This resource is global.</p>
      ) : null}
      {props.note}
    </div>
  );
}
