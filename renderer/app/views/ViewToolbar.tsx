import type { ReactNode } from 'react';
import type { ProfileInfo, ResourceInfo, ViewSpecInput } from '../../../shared/contract';
import { CopyCommand } from '../commands/CopyCommand';
import { PaginationControls } from '../pagination/PaginationControls';
import type { PagingSettings } from '../pagination/paging-settings';

interface ViewToolbarProps {
  loadControls: ReactNode;
  columnsMenu: ReactNode;
  spec: ViewSpecInput;
  resource: ResourceInfo;
  profile: ProfileInfo | undefined;
  paging: PagingSettings;
  onPaging(settings: PagingSettings): void;
  detailsOpen: boolean;
  onToggleDetails(): void;
  onExport(): void;
  onSummary(): void;
}

/** The view's actions; every one is a button reachable with Tab. */
export function ViewToolbar(props: ViewToolbarProps) {
  return (
    <div className="toolbar-actions">
      {props.loadControls}
      {props.columnsMenu}
      <PaginationControls value={props.paging} onApply={props.onPaging} />
      <CopyCommand spec={props.spec} resource={props.resource} profile={props.profile} />
      <button
        type="button"
        className="btn"
        aria-pressed={props.detailsOpen}
        onClick={props.onToggleDetails}
      >
        Details
      </button>
      <button type="button" className="btn" onClick={props.onSummary}>
        Summary
      </button>
      <button type="button" className="btn btn-primary" onClick={props.onExport}>
        Export CSV
      </button>
    </div>
  );
}
