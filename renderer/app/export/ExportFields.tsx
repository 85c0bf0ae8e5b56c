import type { ExportOptions } from '../../../shared/contract';
import type { ExportColumn, ExportRequest, ScopeKind } from './export-request';

/** Which rows: the whole filtered view (default), the loaded ones, or the selected ones. */
export function ScopeFields(props: {
  request: ExportRequest;
  value: ScopeKind;
  onChange(kind: ScopeKind): void;
}) {
  const { loaded, selectedKeys } = props.request;
  const scopes: [ScopeKind, string, boolean][] = [
    ['all', 'All rows matching the filter (every page)', true],
    ['loaded', `Loaded rows only (${loaded.toLocaleString()})`, true],
    [
      'selected',
      `Selected rows only (${selectedKeys.length.toLocaleString()})`,
      selectedKeys.length > 0,
    ],
  ];
  return (
    <fieldset>
      <legend>Rows</legend>
      {scopes.map(([kind, label, enabled]) => (
        <label key={kind}>
          <input
            type="radio"
            name="scope"
            value={kind}
            checked={props.value === kind}
            disabled={!enabled}
            onChange={() => props.onChange(kind)}
          />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/** The view's visible columns in their order, each one a checkbox named as the grid names it. */
export function ColumnFields(props: {
  columns: ExportColumn[];
  excluded: ReadonlySet<string>;
  onToggle(id: string): void;
}) {
  return (
    <fieldset>
      <legend>Columns</legend>
      {props.columns.map(({ id, label }) => (
        <label key={id}>
          <input
            type="checkbox"
            checked={!props.excluded.has(id)}
            onChange={() => props.onToggle(id)}
          />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}

const Check = (props: { checked: boolean; onChange(checked: boolean): void; label: string }) => (
  <label>
    <input
      type="checkbox"
      checked={props.checked}
      onChange={(e) => props.onChange(e.target.checked)}
    />{' '}
    {props.label}
  </label>
);

/** Header, delimiter, BOM and the OWASP formula guard. */
export function OptionFields(props: {
  value: ExportOptions;
  onChange<K extends keyof ExportOptions>(key: K, value: ExportOptions[K]): void;
}) {
  const { value, onChange } = props;
  return (
    <fieldset>
      <legend>Options</legend>
      <Check checked={value.header} onChange={(c) => onChange('header', c)} label="Header row" />
      <label>
        Delimiter{' '}
        <select
          value={value.delimiter}
          onChange={(e) => onChange('delimiter', e.target.value === '\t' ? '\t' : ',')}
        >
          <option value=",">Comma</option>
          <option value={'\t'}>Tab</option>
        </select>
      </label>
      <Check
        checked={value.bom}
        onChange={(c) => onChange('bom', c)}
        label="UTF-8 BOM (for Excel)"
      />
      <Check
        checked={value.formulaGuard}
        onChange={(c) => onChange('formulaGuard', c)}
        label="Guard against formulas (text starting with = + - @ gets a leading ')"
      />
    </fieldset>
  );
}
