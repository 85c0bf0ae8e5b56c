import { useState, type FormEvent } from 'react';
import type { ResourceInfo, ViewParams } from '../../../shared/contract';
import { withParams, type ViewLocation } from './view-location';

/**
 * The optional parameters of a listing the service narrows itself (a log stream, CloudWatch Logs'
 * filter pattern, a time range), as the catalog declares them; Apply lists the view again with
 * them. A listing by folder has its own controls (the folders and the Flat toggle) instead.
 */
export function ViewParamsForm({
  location,
  resource,
  onNavigate,
}: {
  location: ViewLocation;
  resource: ResourceInfo;
  onNavigate(to: ViewLocation): void;
}) {
  const params = resource.folders ? [] : resource.params.filter((p) => !p.required);
  const [draft, setDraft] = useState<ViewParams>(() => ({ ...location.params }));
  if (params.length === 0) return null;
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next: ViewParams = {};
    for (const { name } of params) {
      const value = draft[name]?.trim();
      next[name] = value ? value : undefined;
    }
    onNavigate(withParams(location, next));
  };
  return (
    <form className="view-params" aria-label="Listing parameters" onSubmit={apply}>
      {params.map((p) => (
        <label key={p.name}>
          <span>{p.label}</span>
          <input
            type="text"
            value={draft[p.name] ?? ''}
            onChange={(e) => setDraft({ ...draft, [p.name]: e.target.value })}
          />
        </label>
      ))}
      <button type="submit" className="btn">
        Apply
      </button>
    </form>
  );
}
