import { useState } from 'react';
import type { RegionError } from '../../../shared/contract';

/** All-regions views: regions that failed while the others listed; dismissible. */
export function RegionErrors({ errors }: { errors: RegionError[] }) {
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
