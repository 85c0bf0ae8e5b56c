import type { EventName, EventPayload } from '../../shared/contract';

type Listener = (payload: never) => void;

/** Event fan-out for the client: `on` returns its own unsubscribe (STYLE.md rule 5). */
export const createListeners = () => {
  const byEvent = new Map<EventName, Set<Listener>>();
  return {
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
      let set = byEvent.get(event);
      if (!set) byEvent.set(event, (set = new Set()));
      set.add(listener as Listener);
      return () => set.delete(listener as Listener);
    },
    dispatch(event: EventName, payload: unknown): void {
      for (const listener of byEvent.get(event) ?? []) (listener as (p: unknown) => void)(payload);
    },
  };
};
