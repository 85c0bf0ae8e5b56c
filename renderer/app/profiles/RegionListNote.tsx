import type { ApiError } from '../../../shared/contract';
import { adviceFor } from '../views/error-advice';

interface RegionListNoteProps {
  /** Why EC2 could not list the regions (the built-in list is shown instead). */
  unavailable: ApiError | null;
  /** The region list call itself failed: no list at all, only the default region. */
  failure: Error | null;
  profile: string;
  retrying: boolean;
  onRetry(): void;
}

/** Under the Region picker: why the list is not EC2's, and Retry. Nothing when it is. */
export function RegionListNote({
  unavailable,
  failure,
  profile,
  retrying,
  onRetry,
}: RegionListNoteProps) {
  if (!unavailable && !failure) return null;
  const reason = unavailable
    ? `${adviceFor(unavailable, null, profile).title}: ${unavailable.message}`
    : failure!.message;
  return (
    <div role="note" aria-label="Region list" className="picker-note">
      {unavailable ? 'Showing the built-in list; EC2 could not list the regions. ' : null}
      {reason}{' '}
      <button type="button" className="btn btn-small" disabled={retrying} onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
