import {
  exportOptionsSchema,
  type Column,
  type ExportOptions,
  type ExportScope,
  type ExportStart,
  type ViewSpecInput,
} from '../../../shared/contract';

/** A column as the dialog lists it: the contract's column, by id and header label. */
export type ExportColumn = Pick<Column, 'id' | 'label'>;

/** What the export dialog needs from the view; the same shape ViewPane gives the export slot. */
export interface ExportRequest {
  spec: ViewSpecInput;
  /** Visible columns in display order, with the labels the grid's header shows. */
  columns: ExportColumn[];
  /** Rows loaded in the table, for the "loaded rows" scope. */
  loaded: number;
  /** Key-column values of the selected rows, for the "selected rows" scope. */
  selectedKeys: string[];
}

export type ScopeKind = ExportScope['kind'];

/** The dialog's form: export.start's own fields, with the scope still a kind (see `scopeOf`). */
export type ExportChoices = Pick<ExportStart, 'columns' | 'options'> & {
  scope: ScopeKind;
  fileName: string;
};

/** The contract's defaults, so the form starts where export.start would without options. */
export const defaultOptions: ExportOptions = exportOptionsSchema.parse({});

/** A name that says what was exported: resource, bucket or region, and the date. */
export const suggestedFileName = (
  spec: ViewSpecInput,
  delimiter: ',' | '\t',
  today = new Date(),
) => {
  const where = spec.params?.bucket ?? (spec.region === 'all' ? 'all-regions' : spec.region);
  const date = today.toISOString().slice(0, 10);
  const base = `${spec.resource}-${where}-${date}`.replace(/[^A-Za-z0-9._-]+/g, '_');
  return `${base}${delimiter === '\t' ? '.tsv' : '.csv'}`;
};

export const scopeOf = (kind: ScopeKind, request: ExportRequest): ExportScope =>
  kind === 'loaded'
    ? { kind, count: request.loaded }
    : kind === 'selected'
      ? { kind, keys: request.selectedKeys }
      : { kind: 'all' };
