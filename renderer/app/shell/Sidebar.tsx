import type { ReactNode } from 'react';
import type { ResourceInfo } from '../../../shared/contract';

// The contract's accessible names for the two main entries (tests outside the project use them).
const NAMES: Record<string, string> = {
  's3-buckets': 'S3 buckets',
  'ec2-instances': 'EC2 instances',
};

interface SidebarProps {
  pickers: ReactNode;
  resources: ResourceInfo[];
  /** The top-level resource of the current view (s3-buckets while browsing a bucket). */
  current: string;
  onOpen(kind: string): void;
  onShortcuts(): void;
}

/** Pickers and the resources a user can open without parameters, grouped by service. */
export function Sidebar({ pickers, resources, current, onOpen, onShortcuts }: SidebarProps) {
  const openable = resources.filter((r) => r.params.every((p) => !p.required));
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
      <nav aria-label="Resources" className="resources">
        {services.map((service) => (
          <div key={service} className="resource-group">
            <h2>{service.toUpperCase()}</h2>
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
                  {NAMES[r.kind] ?? r.title}
                </button>
              ))}
          </div>
        ))}
      </nav>
    </aside>
  );
}
