import { useState, type ReactNode } from 'react';
import type { ResourceInfo } from '../../../shared/contract';

/** Whether each word typed is in the resource's label, title, kind or service. */
const matches = (resource: ResourceInfo, query: string): boolean => {
  const text = [resource.sidebarLabel, resource.title, resource.kind, resource.serviceTitle]
    .join(' ')
    .toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .every((word) => text.includes(word));
};

interface SidebarProps {
  pickers: ReactNode;
  resources: ResourceInfo[];
  /** The sidebar entry of the current view (its parent's while browsing a bucket). */
  current: string;
  onOpen(kind: string): void;
  onShortcuts(): void;
}

/**
 * Pickers and the resources the catalog puts in the sidebar, grouped by service. The entries'
 * accessible names come from the catalog (tests outside the project use them).
 */
export function Sidebar({ pickers, resources, current, onOpen, onShortcuts }: SidebarProps) {
  const [query, setQuery] = useState('');
  const openable = resources.filter((r) => r.sidebarLabel !== null && matches(r, query));
  const services = [...new Set(openable.map((r) => r.service))];
  return (
    <aside className="sidebar">
      <div className="brand">
        PageScope
        <button
          type="button"
          className="btn btn-small"
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
          onClick={onShortcuts}
        >
          ?
        </button>
      </div>
      {pickers}
      <input
        type="search"
        className="resource-search"
        aria-label="Find a resource"
        placeholder="Find a resource"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          // Enter opens the first match: "vol" and Enter is EC2 volumes.
          if (e.key === 'Enter' && openable[0]) onOpen(openable[0].kind);
          if (e.key === 'Escape') setQuery('');
        }}
      />
      <nav aria-label="Resources" className="resources">
        {services.map((service) => (
          <div key={service} className="resource-group">
            <h2>{openable.find((r) => r.service === service)!.serviceTitle}</h2>
            {openable
              .filter((r) => r.service === service)
              .map((r) => (
                <button
                  key={r.kind}
                  type="button"
                  className="resource"
                  aria-current={r.kind === current ? 'page' : undefined}
                  onClick={() => onOpen(r.kind)}
                >
                  {r.sidebarLabel}
                </button>
              ))}
          </div>
        ))}
      </nav>
    </aside>
  );
}
