import { sortValues, type SortValue } from './sort-rows';

export interface SortJob {
  id: number;
  values: SortValue[];
  descending: boolean;
}

export interface SortDone {
  id: number;
  order: Uint32Array;
}

// Sorting a million loaded rows takes seconds of comparisons; here they do not block the page.
addEventListener('message', (event: MessageEvent<SortJob>) => {
  const { id, values, descending } = event.data;
  const order = sortValues(values, descending);
  const done: SortDone = { id, order };
  postMessage(done, { transfer: [order.buffer] });
});
