import type { ResourceInfo } from '../../../shared/contract';
import { isFlat, withParams, FOLDER_DELIMITER, type ViewLocation } from './view-location';

/**
 * The toggles the resource's catalog entry declares: folder or flat (recursive) listing for a
 * listing by folder, and its alternate listing of the same place (objects or their versions).
 */
export function ListingToggles({
  location,
  resource,
  onNavigate,
}: {
  location: ViewLocation;
  resource: ResourceInfo;
  onNavigate(to: ViewLocation): void;
}) {
  const { alternate } = resource;
  if (!resource.folders && !alternate) return null;
  const flat = isFlat(location);
  return (
    <div className="toggles">
      {resource.folders ? (
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
      ) : null}
      {alternate ? (
        <button
          type="button"
          className="btn"
          aria-pressed={alternate.pressed}
          onClick={() => onNavigate({ ...location, resource: alternate.kind })}
        >
          {alternate.label}
        </button>
      ) : null}
    </div>
  );
}
