import { useQuery } from '@tanstack/react-query';
import type { Column, Row, ViewSpecInput } from '../../../shared/contract';
import { useClient } from '../../api/client-context';
import { unwrap } from '../../api/unwrap';
import { CopyButton } from '../common/CopyButton';
import { folderRowTest } from '../s3/s3-rows';
import { CellContent } from '../table/Cell';
import { exactBytes } from '../table/format';

interface DetailsPanelProps {
  spec: ViewSpecInput;
  columns: Column[];
  keyColumn: string;
  row: Row;
  onClose(): void;
}

function FullJson({ spec, itemKey }: { spec: ViewSpecInput; itemKey: string }) {
  const client = useClient();
  const item = useQuery({
    queryKey: ['view.item', spec, itemKey],
    queryFn: () => unwrap(client['view.item']({ spec, key: itemKey })),
  });
  if (item.isPending) return <p className="muted">Loading the full item…</p>;
  if (item.isError) return <p className="muted">Full item unavailable: {item.error.message}</p>;
  const json = JSON.stringify(item.data.item, null, 2);
  return (
    <section aria-label="Full JSON">
      <div className="details-head">
        <h3>JSON</h3>
        <CopyButton text={json} label="Copy JSON" />
      </div>
      <pre className="json mono">{json}</pre>
    </section>
  );
}

/** The selected item: every column, the S3 URI with copy, and the item's full JSON. */
export function DetailsPanel({ spec, columns, keyColumn, row, onClose }: DetailsPanelProps) {
  const keyIndex = columns.findIndex((c) => c.id === keyColumn);
  const key = row[keyIndex];
  const bucket = spec.params?.bucket;
  const objectKey = row[columns.findIndex((c) => c.id === 'Key')];
  const uri = bucket && typeof objectKey === 'string' ? `s3://${bucket}/${objectKey}` : null;
  const isFolder = folderRowTest(columns)(row);
  return (
    <aside aria-label="Details" className="details">
      <div className="details-head">
        <h2 className="details-title" title={String(key ?? '')}>
          {String(key ?? '')}
        </h2>
        <button
          type="button"
          className="btn btn-small"
          aria-label="Close details"
          onClick={onClose}
        >
          ✕
        </button>
      </div>
      <dl className="fields">
        {columns.map((column, i) => (
          <div key={column.id} className="field">
            <dt>{column.label}</dt>
            <dd className={column.type === 'text' ? 'mono' : undefined}>
              <CellContent value={row[i]} type={column.type} />
              {column.type === 'bytes' && typeof row[i] === 'number' ? (
                <span className="muted"> ({exactBytes(row[i] as number)})</span>
              ) : null}
              {column.type === 'date' && typeof row[i] === 'string' ? (
                <div className="muted">{row[i]}</div>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      {uri ? (
        <div className="field uri">
          <code className="mono">{uri}</code>
          <CopyButton text={uri} label="Copy S3 URI" />
        </div>
      ) : null}
      {typeof key === 'string' && !isFolder ? <FullJson spec={spec} itemKey={key} /> : null}
    </aside>
  );
}
