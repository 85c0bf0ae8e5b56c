import { useState } from 'react';
import type { RegionError } from '../../../shared/contract';

const NOT_ENABLED = 'REGION_NOT_ENABLED';

/**
 * Regions the account has not enabled are skipped, as the region picker already says: one quiet
 * line names them, apart from the regions that failed.
 */
function RegionsNotListed({ regions }: { regions: string[] }) {
  if (regions.length === 0) return null;
  return (
    <p role="note" aria-label="Regions not listed" className="region-note">
      Not enabled, so not listed: {regions.join(', ')}
    </p>
  );
}

/** All-regions views: regions that failed while the others listed (dismissible), and skipped ones. */
export function RegionErrors({ errors }: { errors: RegionError[] }) {
  const notEnabled = errors.filter((e) => e.error.code === NOT_ENABLED).map((e) => e.region);
  const failed = errors.filter((e) => e.error.code !== NOT_ENABLED);
  return (
    <>
      <RegionsNotListed regions={notEnabled} />
      <FailedRegions errors={failed} />
    </>
  );
}

function FailedRegions({ errors }: { errors: RegionError[] }) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || errors.length === 0) return null;
  return (
    <section className="banner banner-warn" aria-label="Failed regions">
      <span>Could not list {errors.length === 1 ? '1 region' : `${errors.length} regions`}:</span>
      <ul className="region-errors">
        {errors.map(({ region, error }) => (
          <li key={region} title={error.message}>
            <strong>{region}</strong> ({error.message})
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="btn btn-small"
        aria-label="Dismiss failed regions"
        onClick={() => setDismissed(true)}
      >
        Dismiss
      </button>
    </section>
  );
}
