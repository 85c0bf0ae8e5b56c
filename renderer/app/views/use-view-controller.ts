import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type {
  AddedColumn,
  FilterSpec,
  ProfileInfo,
  ResourceInfo,
  SortOrder,
  ViewSpecInput,
} from '../../../shared/contract';
import { useResetState } from '../common/use-reset-state';
import type { PagingSettings } from '../pagination/paging-settings';
import { useLoadedFilter } from '../filter/use-loaded-filter';
import { useColumnModel } from '../table/use-column-model';
import { useGridSelection } from '../table/use-grid-selection';
import { useSortedRows, type SortedRows } from '../table/use-sorted-rows';
import type { RowDecor } from '../table/GridRow';
import { rowDecorFor } from './row-decor';
import { useLoadAll } from './use-load-all';
import { useViewPages, type ViewPages } from './use-view-pages';
import { viewErrors } from './view-errors';
import { useResourceLookup } from '../profiles/use-catalog';
import { childLocation, withParams, type ViewLocation } from './view-location';

export interface ViewPaneProps {
  spec: ViewSpecInput;
  location: ViewLocation;
  resource: ResourceInfo;
  profile: ProfileInfo | undefined;
  onNavigate(to: ViewLocation): void;
  onFilter(filter: FilterSpec | null): void;
  onColumns(columns: AddedColumn[]): void;
  paging: PagingSettings;
  onPaging(settings: PagingSettings): void;
}

/** Opening a row: buckets and folders navigate, anything else shows its details. */
const useRowOpener = (
  sorted: SortedRows,
  decor: RowDecor,
  props: ViewPaneProps,
  showDetails: () => void,
) => {
  const { location, onNavigate, resource } = props;
  const lookup = useResourceLookup();
  return useCallback(
    (display: number) => {
      const row = sorted.rowAtDisplay(display);
      const key = row[decor.keyIndex];
      if (typeof key !== 'string' || !decor.isLink(row)) return showDetails();
      onNavigate(
        resource.child
          ? childLocation(resource.child, key, lookup, location.params)
          : withParams(location, { prefix: key }),
      );
    },
    [sorted, decor, location, onNavigate, showDetails, resource.child, lookup],
  );
};

/** Load all, stop and resume; a stop pauses the loader row until the user asks for more. */
const useLoading = (view: ViewPages, specKey: string, loadMore: () => void) => {
  const loadAll = useLoadAll(view, specKey);
  const [paused, setPaused] = useResetState(() => false, specKey);
  const run = (pause: boolean, action: () => void) => () => {
    setPaused(pause);
    action();
  };
  return {
    running: loadAll.running,
    interrupted: loadAll.interrupted,
    paused,
    start: run(false, () => void loadAll.start()),
    cancel: run(true, loadAll.cancel),
    stop: run(true, view.cancel),
    resume: run(false, loadMore),
  };
};

/**
 * "Sort all": the grid's sort over every row of the view, done by the engine. It holds while the
 * grid is sorted by that column that way; another sort (or none) goes back to the listing.
 */
const useSortAll = (
  order: SortOrder | null,
  setOrder: (order: SortOrder | null) => void,
  sorting: { id: string; desc: boolean } | undefined,
) => {
  const matches =
    order !== null && sorting?.id === order.column && sorting.desc === order.descending;
  useEffect(() => {
    if (order !== null && !matches) setOrder(null);
  }, [order, matches, setOrder]);
  const start = useCallback(() => {
    if (sorting) setOrder({ column: sorting.id, descending: sorting.desc });
  }, [sorting, setOrder]);
  return { start, stop: () => setOrder(null) };
};

/** Everything one view holds: its pages, column model, sorting, selection and actions. */
export function useViewController(props: ViewPaneProps) {
  const { spec, location, resource } = props;
  // The engine's sort of the whole view is chosen from the grid's sort, which needs the columns
  // the view's pages bring: the sort state lives here, ahead of both.
  const [sortAllOrder, setSortAllOrder] = useResetState<SortOrder | null>(
    () => null,
    JSON.stringify(spec),
  );
  const view = useViewPages(spec, sortAllOrder);
  const columns = view.pages[0]?.columns ?? resource.columns;
  const model = useColumnModel(columns, resource.keyColumn, resource.kind);
  const sortAll = useSortAll(sortAllOrder, setSortAllOrder, model.sorting[0]);
  // Everything tied to the listing (selection, paused, Load all) starts over on a new one.
  const specKey = `${JSON.stringify(spec)}|${view.generation}`;
  // A filter the engine applied is replaced, not narrowed, by what is typed next: only an
  // unfiltered listing's rows are filtered as the user types. The filter box starts empty for
  // another resource, and so does what it typed.
  const [typed, setTyped] = useResetState<FilterSpec | null>(() => null, location.resource);
  const loaded = useLoadedFilter(view.store, columns, specKey, spec.filter ? null : typed);
  const sorted = useSortedRows(loaded.store, model.sorting, model.layout);
  const shownKey = JSON.stringify(loaded.shown);
  const selection = useGridSelection(
    `${specKey}|${shownKey}|${model.sorting[0]?.id ?? ''}`,
    sorted.toData,
  );
  const decor = useMemo(
    () => rowDecorFor(location, columns, resource),
    [location, columns, resource],
  );
  const [detailsOpen, setDetailsOpen] = useState(false);
  const showDetails = useCallback(() => setDetailsOpen(true), []);
  const onOpen = useRowOpener(sorted, decor, props, showDetails);
  const { query } = view;
  const loadMore = useCallback(() => void query.fetchNextPage({ cancelRefetch: false }), [query]);
  const errors = viewErrors(query.error, spec);
  const queries = useQueryClient();
  const loading = useLoading(view, specKey, loadMore);
  const retry = async () => {
    // A failure fixed outside the app (new credentials, an SSO login) needs the profiles read
    // again: listing them drops the main side's cached credentials and clients.
    if (errors.error && !errors.error.retryable) {
      await queries.refetchQueries({ queryKey: ['profiles.list'] });
    }
    // After a failure during Load all, Retry carries on loading all.
    if (loading.interrupted) return loading.start();
    await (view.pages.length > 0 ? query.fetchNextPage({ cancelRefetch: false }) : query.refetch());
  };
  // What the grid shows: a filter shown as typed is the view that export, summary and the copied
  // command cover.
  const shownSpec = useMemo(
    () => (loaded.shown ? { ...spec, filter: loaded.shown } : spec),
    [spec, loaded.shown],
  );
  return {
    specKey,
    shownSpec,
    view,
    loaded,
    onType: setTyped,
    columns,
    model,
    sorted,
    selection,
    decor,
    onOpen,
    loadMore,
    retry: () => void retry(),
    errors,
    loading,
    sortAll: {
      order: sortAllOrder,
      /** Whether rows exist beyond those loaded, so a sort of the loaded ones is partial. */
      partial: !sortAllOrder && view.query.hasNextPage,
      start: sortAll.start,
      cancel: () => {
        view.cancel();
        sortAll.stop();
      },
    },
    details: { open: detailsOpen, setOpen: setDetailsOpen },
  };
}

export type ViewController = ReturnType<typeof useViewController>;
