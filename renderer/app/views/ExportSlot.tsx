import { ExportDialog } from '../export/ExportDialog';
import type { ExportRequest } from '../export/export-request';

export type { ExportRequest };

/** The export dialog (renderer/app/export/), opened by the toolbar's Export CSV button. */
export function ExportSlot({ request, onClose }: { request: ExportRequest; onClose(): void }) {
  return <ExportDialog request={request} onClose={onClose} />;
}
