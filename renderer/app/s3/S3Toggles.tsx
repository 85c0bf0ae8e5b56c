import {
  isFlat,
  isS3ObjectView,
  withParams,
  FOLDER_DELIMITER,
  type ViewLocation,
} from '../views/view-location';

/** Folder or flat (recursive) listing, and objects or their versions, for a bucket view. */
export function S3Toggles({
  location,
  onNavigate,
}: {
  location: ViewLocation;
  onNavigate(to: ViewLocation): void;
}) {
  if (!isS3ObjectView(location)) return null;
  const flat = isFlat(location);
  const versions = location.resource === 's3-object-versions';
  return (
    <div className="toggles">
      <button
        type="button"
        className="btn"
        aria-pressed={flat}
        title="List every key under this prefix, without folders"
        onClick={() =>
          onNavigate(withParams(location, { delimiter: flat ? FOLDER_DELIMITER : undefined }))
        }
      >
        Flat listing
      </button>
      <button
        type="button"
        className="btn"
        aria-pressed={versions}
        onClick={() =>
          onNavigate({ ...location, resource: versions ? 's3-objects' : 's3-object-versions' })
        }
      >
        Versions
      </button>
    </div>
  );
}
