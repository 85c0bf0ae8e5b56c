import type { ViewSpecInput } from '../../../shared/contract';

/** What the export dialog needs from the view (issue 6 fills the dialog in). */
export interface ExportRequest {
  spec: ViewSpecInput;
  /** Visible column ids in display order. */
  columns: string[];
  /** Rows loaded in the table, for the "loaded rows" scope. */
  loaded: number;
  /** Key-column values of the selected rows, for the "selected rows" scope. */
  selectedKeys: string[];
}

/**
 * Placeholder of the export dialog: the Export CSV button opens this region; the export
 * feature (issue 6) renders its dialog here from `request`.
 */
export function ExportSlot({ request, onClose }: { request: ExportRequest; onClose(): void }) {
  return (
    <div
      role="dialog"
      aria-label="Export CSV"
      className="popover export-slot"
      data-testid="export-dialog-slot"
    >
      <p className="muted">
        Export of {request.loaded.toLocaleString()} loaded rows ({request.columns.length} columns)
        is not available yet.
      </p>
      <button type="button" className="btn btn-small" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
