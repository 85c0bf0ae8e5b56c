import type { Crumb, ViewLocation } from './view-location';

/** Where the view is (Buckets › bucket › folder…); earlier crumbs go back there. */
export function Breadcrumbs({
  crumbs,
  onNavigate,
}: {
  crumbs: Crumb[];
  onNavigate(to: ViewLocation): void;
}) {
  return (
    <nav aria-label="Breadcrumbs" className="breadcrumbs">
      <ol>
        {crumbs.map((crumb, i) => (
          <li key={i}>
            {crumb.target ? (
              <button type="button" className="crumb" onClick={() => onNavigate(crumb.target!)}>
                {crumb.label}
              </button>
            ) : (
              <span className="crumb current" aria-current="page">
                {crumb.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
