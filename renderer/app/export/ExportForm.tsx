import { useState, type FormEvent } from 'react';
import type { ExportOptions } from '../../../shared/contract';
import { ColumnFields, OptionFields, ScopeFields } from './ExportFields';
import {
  defaultOptions,
  suggestedFileName,
  type ExportChoices,
  type ExportRequest,
  type ScopeKind,
} from './export-request';

interface ExportFormProps {
  request: ExportRequest;
  onStart(choices: ExportChoices): void;
  onClose(): void;
}

const withExtension = (name: string, delimiter: ',' | '\t') =>
  name.replace(/\.(csv|tsv)$/i, '') + (delimiter === '\t' ? '.tsv' : '.csv');

/** Scope, columns, options and file name of an export; nothing runs until Export is pressed. */
export function ExportForm({ request, onStart, onClose }: ExportFormProps) {
  const [scope, setScope] = useState<ScopeKind>('all');
  // Unchecked columns are kept rather than checked ones, so columns that arrive with the view's
  // first page while the dialog is open are exported by default.
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(() => new Set());
  const [options, setOptions] = useState<ExportOptions>(defaultOptions);
  const [fileName, setFileName] = useState(() => suggestedFileName(request.spec, ','));
  const toggle = (id: string) =>
    setExcluded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const option = <K extends keyof ExportOptions>(key: K, value: ExportOptions[K]) => {
    setOptions((prev) => ({ ...prev, [key]: value }));
    if (key === 'delimiter') setFileName((name) => withExtension(name, value as ',' | '\t'));
  };
  const chosen = request.columns.filter((c) => !excluded.has(c.id)).map((c) => c.id);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onStart({ scope, columns: chosen, options, fileName: fileName.trim() || 'export.csv' });
  };
  return (
    <form className="export-form" onSubmit={submit}>
      <ScopeFields request={request} value={scope} onChange={setScope} />
      <ColumnFields columns={request.columns} excluded={excluded} onToggle={toggle} />
      <OptionFields value={options} onChange={option} />
      <label className="export-file-name">
        File name{' '}
        <input type="text" value={fileName} onChange={(e) => setFileName(e.target.value)} />
      </label>
      <div className="export-actions">
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
        <button type="submit" className="btn btn-primary" disabled={chosen.length === 0}>
          Export
        </button>
      </div>
    </form>
  );
}
