import type { ViewSpecInput } from '../../../shared/contract';
import { ExportDialog } from '../export/ExportDialog';

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

/** The export dialog (renderer/app/export/), opened by the toolbar's Export CSV button. */
export function ExportSlot({ request, onClose }: { request: ExportRequest; onClose(): void }) {
  return <ExportDialog request={request} onClose={onClose} />;
}
