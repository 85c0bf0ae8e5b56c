import { useCallback, useMemo, useState } from 'react';
import type {
  FilterSpec,
  ProfileInfo,
  ResourceInfo,
  ViewSpecInput,
} from '../../../shared/contract';
import { ApiCallError } from '../../api/unwrap';
import { useClient } from '../../api/client-context';
import { FilterBox } from '../filter/FilterBox';
import { filterErrorOf } from '../filter/filter-error';
import type { PagingSettings } from '../pagination/paging-settings';
import { S3Toggles } from '../s3/S3Toggles';
import { StatusBar } from '../status/StatusBar';
import { DataTable } from '../table/DataTable';
import { useColumnModel } from '../table/use-column-model';
import { useGridSelection } from '../table/use-grid-selection';
import { useSortedRows } from '../table/use-sorted-rows';
import { Breadcrumbs } from './Breadcrumbs';
import { DetailsPanel } from './DetailsPanel';
import { ExportSlot } from './ExportSlot';
import { rowDecorFor } from './row-decor';
import { useLoadAll } from './use-load-all';
import { useViewPages, visibleError } from './use-view-pages';
import { ViewBanners } from './ViewBanners';
import { viewPhase } from './view-phase';
import { ViewToolbar } from './ViewToolbar';
import { bucketRoot, crumbsFor, withParams, type ViewLocation } from './view-location';

export interface ViewPaneProps {
  spec: ViewSpecInput;
  location: ViewLocation;
  resource: ResourceInfo;
  profile: ProfileInfo | undefined;
  onNavigate(to: ViewLocation): void;
  onFilter(filter: FilterSpec | null): void;
  paging: PagingSettings;
  onPaging(settings: PagingSettings): void;
}

/** One view: where it is, its toolbar, messages, the table, the details and the status bar. */
export function ViewPane({
  spec,
  location,
  resource,
  profile,
  onNavigate,
  onFilter,
  paging,
  onPaging,
}: ViewPaneProps) {
  const client = useClient();
  const view = useViewPages(spec);
  const { query, store } = view;
  const columns = view.pages[0]?.columns ?? resource.columns;
  const model = useColumnModel(columns, resource.keyColumn);
  const sorted = useSortedRows(store, model.sorting, model.layout);
  const specKey = JSON.stringify(spec);
  const selection = useGridSelection(`${specKey}|${model.sorting[0]?.id ?? ''}`, sorted.toData);
  const decor = useMemo(
    () => rowDecorFor(location, columns, resource.keyColumn),
    [location, columns, resource.keyColumn],
  );
  const loadAll = useLoadAll(view, specKey);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const error = visibleError(query.error);
  const apiError =
    error instanceof ApiCallError
      ? error.apiError
      : error
        ? { code: 'INTERNAL' as const, message: error.message, retryable: true }
        : null;
  const badFilter =
    apiError?.code === 'BAD_FILTER' ? filterErrorOf(apiError, spec.filter?.expression ?? '') : null;

  const onOpen = useCallback(
    (display: number) => {
      const row = sorted.rowAtDisplay(display);
      const key = row[decor.keyIndex];
      if (typeof key === 'string' && decor.isLink(row)) {
        onNavigate(
          location.resource === 's3-buckets'
            ? bucketRoot(key)
            : withParams(location, { prefix: key }),
        );
      } else {
        setDetailsOpen(true);
      }
    },
    [sorted, decor, location, onNavigate],
  );
  const loadMore = useCallback(() => void query.fetchNextPage({ cancelRefetch: false }), [query]);
  const retry = () =>
    void (view.pages.length > 0 ? query.fetchNextPage({ cancelRefetch: false }) : query.refetch());
  const activeRow = selection.active ? sorted.rowAtDisplay(selection.active.row) : null;
  const keyIndex = columns.findIndex((c) => c.id === resource.keyColumn);
  const selectedKeys = () =>
    [...selection.selected].map((i) => String(store.rowAt(i)[keyIndex] ?? ''));
  const title = location.params.bucket
    ? `Objects in ${location.params.bucket}/${location.params.prefix ?? ''}`
    : resource.title;
  return (
    <main className="view">
      <header className="view-head">
        <Breadcrumbs crumbs={crumbsFor(location, resource.title)} onNavigate={onNavigate} />
        <ViewToolbar
          toggles={<S3Toggles location={location} onNavigate={onNavigate} />}
          spec={spec}
          profile={profile}
          table={model.table}
          paging={paging}
          onPaging={onPaging}
          loadAll={loadAll}
          canLoadMore={query.hasNextPage}
          loaded={store.count}
          detailsOpen={detailsOpen}
          onToggleDetails={() => setDetailsOpen(!detailsOpen)}
          onExport={() => setExportOpen(true)}
        />
      </header>
      <div className="toolbar">
        <FilterBox
          key={location.resource}
          applied={spec.filter ?? null}
          examples={resource.filterExamples}
          check={(filter) => client['filter.check']({ filter })}
          onApply={onFilter}
          viewError={badFilter}
        />
      </div>
      {exportOpen ? (
        <ExportSlot
          request={{
            spec,
            columns: model.layout.map((c) => c.id),
            loaded: store.count,
            selectedKeys: selectedKeys(),
          }}
          onClose={() => setExportOpen(false)}
        />
      ) : null}
      <ViewBanners
        key={specKey}
        error={badFilter ? null : apiError}
        pages={view.pages}
        resource={spec.resource}
        profile={spec.profile}
        loaded={store.count}
        onRetry={retry}
        maxItems={spec.maxItems}
        onContinue={(token) => onPaging({ ...paging, startingToken: token })}
      />
      <div className="view-body">
        <DataTable
          label={title}
          model={model}
          store={store}
          sorted={sorted}
          selection={selection}
          decor={decor}
          hasMore={query.hasNextPage}
          loading={query.isFetching}
          stalled={error !== null}
          onLoadMore={loadMore}
          onOpen={onOpen}
        />
        {detailsOpen && activeRow ? (
          <DetailsPanel
            spec={spec}
            columns={columns}
            keyColumn={resource.keyColumn}
            row={activeRow}
            onClose={() => setDetailsOpen(false)}
          />
        ) : null}
      </div>
      <StatusBar
        batches={view.pages}
        filtered={!!spec.filter}
        phase={viewPhase(view, true, error !== null)}
        fetching={query.isFetching}
        activeRequest={view.activeRequest}
        selected={selection.selected.size}
        sortedBy={sorted.sortedBy}
      />
    </main>
  );
}
