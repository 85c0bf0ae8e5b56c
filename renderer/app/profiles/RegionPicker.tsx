import { useId } from 'react';
import { ALL_REGIONS, type RegionList } from '../../../shared/contract';

interface RegionPickerProps {
  regions: RegionList | undefined;
  value: string | null;
  /** Global resources (S3 buckets) list the same in every region; the picker says so. */
  regional: boolean;
  onChange(region: string): void;
}

/** The profile's default region first, "All regions", then every other region. */
export function RegionPicker({ regions, value, regional, onChange }: RegionPickerProps) {
  const id = useId();
  const others = regions?.regions.filter((r) => r.name !== regions.defaultRegion) ?? [];
  return (
    <div className="picker">
      <label htmlFor={id}>Region</label>
      <select
        id={id}
        className="select"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value)}
      >
        {regions ? null : <option value="">Loading…</option>}
        {regions ? (
          <option value={regions.defaultRegion}>{regions.defaultRegion} (default)</option>
        ) : null}
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
      </select>
      {!regional && value === ALL_REGIONS ? (
        <p className="picker-note">This resource is global.</p>
      ) : null}
    </div>
  );
}
