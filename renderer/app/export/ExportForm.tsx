import { useState, type FormEvent } from 'react';
import type { ExportOptions } from '../../../shared/contract';
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
  const option = <K extends keyof ExportOptions>(key: K, value: ExportOptions[K]) =>
    setOptions((prev) => ({ ...prev, [key]: value }));
  const toggle = (id: string) =>
    setExcluded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const chosen = request.columns.filter((id) => !excluded.has(id));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onStart({ scope, columns: chosen, options, fileName: fileName.trim() || 'export.csv' });
  };
  const scopes: [ScopeKind, string, boolean][] = [
    ['all', 'All rows matching the filter (every page)', true],
    ['loaded', `Loaded rows only (${request.loaded.toLocaleString()})`, true],
    [
      'selected',
      `Selected rows only (${request.selectedKeys.length.toLocaleString()})`,
      request.selectedKeys.length > 0,
    ],
  ];
  return (
    <form className="export-form" onSubmit={submit}>
      <fieldset>
        <legend>Rows</legend>
        {scopes.map(([kind, label, enabled]) => (
          <label key={kind}>
            <input
              type="radio"
              name="scope"
              value={kind}
              checked={scope === kind}
              disabled={!enabled}
              onChange={() => setScope(kind)}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Columns</legend>
        {request.columns.map((id) => (
          <label key={id}>
            <input type="checkbox" checked={!excluded.has(id)} onChange={() => toggle(id)} /> {id}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Options</legend>
        <label>
          <input
            type="checkbox"
            checked={options.header}
            onChange={(e) => option('header', e.target.checked)}
          />{' '}
          Header row
        </label>
        <label>
          Delimiter{' '}
          <select
            value={options.delimiter}
            onChange={(e) => {
              const delimiter = e.target.value === '\t' ? '\t' : ',';
              option('delimiter', delimiter);
              setFileName((name) => withExtension(name, delimiter));
            }}
          >
            <option value=",">Comma</option>
            <option value={'\t'}>Tab</option>
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={options.bom}
            onChange={(e) => option('bom', e.target.checked)}
          />{' '}
          UTF-8 BOM (for Excel)
        </label>
        <label>
          <input
            type="checkbox"
            checked={options.formulaGuard}
            onChange={(e) => option('formulaGuard', e.target.checked)}
          />{' '}
          Guard against formulas (text starting with = + - @ gets a leading &apos;)
        </label>
      </fieldset>
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
