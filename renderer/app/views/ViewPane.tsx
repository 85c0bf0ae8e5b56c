import { useState } from 'react';
import { useClient } from '../../api/client-context';
import { FilterBox } from '../filter/FilterBox';
import { LoadedFilterNote } from '../filter/LoadedFilterNote';
import { ListingToggles } from './ListingToggles';
import { StatusBar } from '../status/StatusBar';
import { SummaryDialog } from '../summary/SummaryDialog';
import { ColumnsMenu } from '../table/ColumnsMenu';
import { DataTable } from '../table/DataTable';
import { tagKeysOf } from '../table/tag-keys';
import { Breadcrumbs } from './Breadcrumbs';
import { DetailsPanel } from './DetailsPanel';
import { ExportSlot } from './ExportSlot';
import { LoadControls } from './LoadControls';
import { useViewController, type ViewController, type ViewPaneProps } from './use-view-controller';
import { SortAllNote } from './SortAllNote';
import { ViewBanners } from './ViewBanners';
import { viewPhase } from './view-phase';
import { ViewParamsForm } from './ViewParamsForm';
import { ViewToolbar } from './ViewToolbar';
import { crumbsFor } from './view-location';
import { useResourceLookup } from '../profiles/use-catalog';

export type { ViewPaneProps };

/** The Columns menu, with "Add column…" offering the tag keys of the loaded rows. */
function ViewColumnsMenu({ props, c }: { props: ViewPaneProps; c: ViewController }) {
  const client = useClient();
  const tagsIndex = c.columns.findIndex((col) => col.type === 'tags');
  return (
    <ColumnsMenu
      table={c.model.table}
      added={props.spec.columns ?? []}
      labels={c.columns.map((col) => col.label)}
      tagKeys={() => tagKeysOf(c.view.store, tagsIndex)}
      check={(column) => client['column.check']({ column })}
      onColumns={props.onColumns}
    />
  );
}

function ViewHeader({
  props,
  c,
  onExport,
  onSummary,
}: {
  props: ViewPaneProps;
  c: ViewController;
  onExport(): void;
  onSummary(): void;
}) {
  const { query, store } = c.view;
  const lookup = useResourceLookup();
  return (
    <header className="view-head">
      <Breadcrumbs crumbs={crumbsFor(props.location, lookup)} onNavigate={props.onNavigate} />
      <ViewToolbar
        loadControls={
          <LoadControls
            loading={c.loading}
            onRefresh={c.view.refresh}
            fetching={query.isFetching}
            hasMore={query.hasNextPage}
            loaded={store.count}
          />
        }
        columnsMenu={<ViewColumnsMenu props={props} c={c} />}
        spec={c.shownSpec}
        resource={props.resource}
        profile={props.profile}
        paging={props.paging}
        onPaging={props.onPaging}
        detailsOpen={c.details.open}
        onToggleDetails={() => c.details.setOpen(!c.details.open)}
        onExport={onExport}
        onSummary={onSummary}
      />
    </header>
  );
}

function ViewBody({ props, c }: { props: ViewPaneProps; c: ViewController }) {
  const { location, resource, spec } = props;
  const { query } = c.view;
  const { store } = c.loaded;
  const active = c.selection.active;
  const activeRow = active ? c.sorted.rowAtDisplay(active.row) : null;
  const title = location.params.bucket
    ? `Objects in ${location.params.bucket}/${location.params.prefix ?? ''}`
    : resource.title;
  return (
    <div className="view-body">
      <DataTable
        label={title}
        resetKey={c.specKey}
        model={c.model}
        store={store}
        sorted={c.sorted}
        selection={c.selection}
        decor={c.decor}
        hasMore={query.hasNextPage}
        loading={query.isFetching}
        stalled={query.isError || c.loading.paused}
        onLoadMore={c.loadMore}
        onOpen={c.onOpen}
      />
      {c.details.open && activeRow ? (
        <DetailsPanel
          spec={spec}
          columns={c.columns}
          keyColumn={resource.keyColumn}
          row={activeRow}
          onClose={() => c.details.setOpen(false)}
        />
      ) : null}
    </div>
  );
}

function ViewFilter({ props, c }: { props: ViewPaneProps; c: ViewController }) {
  const client = useClient();
  return (
    <div className="toolbar">
      <FilterBox
        key={props.location.resource}
        applied={props.spec.filter ?? null}
        examples={props.resource.filterExamples}
        check={(filter) => client['filter.check']({ filter })}
        onApply={props.onFilter}
        onType={c.onType}
        note={<LoadedFilterNote loaded={c.loaded} />}
        viewError={c.errors.badFilter}
      />
      <ListingToggles
        location={props.location}
        resource={props.resource}
        onNavigate={props.onNavigate}
      />
    </div>
  );
}

function ViewExport({
  props,
  c,
  onClose,
}: {
  props: ViewPaneProps;
  c: ViewController;
  onClose(): void;
}) {
  const { store } = c.loaded;
  const keyIndex = c.columns.findIndex((col) => col.id === props.resource.keyColumn);
  const request = {
    // Rows filtered as typed are exported by the engine with the same filter.
    spec: c.shownSpec,
    columns: c.model.layout.map(({ id, label }) => ({ id, label })),
    loaded: store.count,
    selectedKeys: [...c.selection.selected].map((i) => String(store.rowAt(i)[keyIndex] ?? '')),
  };
  return <ExportSlot request={request} onClose={onClose} />;
}

/** One view: where it is, its actions and filter, messages, the table, details and status. */
export function ViewPane(props: ViewPaneProps) {
  const { spec } = props;
  const c = useViewController(props);
  const [exportOpen, setExportOpen] = useState(false);
  const [summaryOpen, setSummaryOpen] = useState(false);
  return (
    <main className="view">
      <ViewHeader
        props={props}
        c={c}
        onExport={() => setExportOpen(true)}
        onSummary={() => setSummaryOpen(true)}
      />
      <ViewParamsForm
        key={JSON.stringify(props.location)}
        location={props.location}
        resource={props.resource}
        onNavigate={props.onNavigate}
      />
      <ViewFilter props={props} c={c} />
      {exportOpen ? <ViewExport props={props} c={c} onClose={() => setExportOpen(false)} /> : null}
      {summaryOpen ? (
        <SummaryDialog spec={c.shownSpec} onClose={() => setSummaryOpen(false)} />
      ) : null}
      <ViewBanners
        key={c.specKey}
        error={c.errors.error}
        pages={c.view.pages}
        resource={props.resource}
        profile={spec.profile}
        loaded={c.view.store.count}
        onRetry={c.retry}
        maxItems={spec.maxItems}
        onContinue={(token) => props.onPaging({ ...props.paging, startingToken: token })}
      />
      <SortAllNote
        label={c.sorted.sortedBy}
        all={c.sortAll.order !== null}
        partial={c.sortAll.partial}
        reading={c.view.query.isFetching && c.view.pages.length === 0}
        progress={c.view.sortReading}
        loaded={c.view.store.count}
        onSortAll={c.sortAll.start}
        onCancel={c.sortAll.cancel}
      />
      <ViewBody props={props} c={c} />
      <StatusBar
        batches={c.view.pages}
        filtered={!!spec.filter}
        instant={
          c.loaded.shown ? { matched: c.loaded.store.count, loaded: c.view.store.count } : null
        }
        typed={
          c.loaded.state === 'running'
            ? null
            : c.loaded.plan.kind === 'all'
              ? ''
              : c.loaded.plan.filter.expression
        }
        phase={viewPhase(c.view, { failed: c.errors.error !== null, paused: c.loading.paused })}
        fetching={c.view.query.isFetching}
        liveStats={c.view.liveStats}
        selected={c.selection.selected.size}
        sort={{
          label: c.sorted.sortedBy,
          pending: c.sorted.sorting,
          all: c.sortAll.order !== null,
        }}
      />
    </main>
  );
}
