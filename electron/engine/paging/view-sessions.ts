import type { OpenedView } from './open-view';

/** A view kept open between two view.page calls, with its prefetched pages. */
export interface ViewSession {
  view: OpenedView;
  controller: AbortController;
  /** The cursor that continues exactly where this session stands. */
  cursor: string;
  lastUsed: number;
}

/** What the store needs of a session: how to stop it, where it stands, when it was used. */
export interface StoredSession {
  controller: AbortController;
  cursor: string;
  lastUsed: number;
}

export interface SessionLimits {
  perConnection: number;
  total: number;
  idleMs: number;
}

const defaults: SessionLimits = { perConnection: 4, total: 32, idleMs: 5 * 60_000 };

/**
 * Bounded store of open views per (connection, spec). A session is taken out while a request
 * uses it, so two requests never share one; evicting one aborts its prefetch, and its cursor
 * still works because cursors carry their own positions.
 */
export class ViewSessions<S extends StoredSession = ViewSession> {
  private readonly sessions = new Map<string, S>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly limits: SessionLimits = defaults) {
    this.sweeper = setInterval(() => this.sweep(), Math.min(limits.idleMs, 60_000));
    this.sweeper.unref();
  }

  /** The session whose position is exactly `cursor`, removed from the store; else null. */
  take(connectionId: string, key: string, cursor: string | null): S | null {
    const id = `${connectionId}\u0000${key}`;
    const session = this.sessions.get(id);
    if (!session || cursor === null || session.cursor !== cursor) return null;
    this.sessions.delete(id);
    return session;
  }

  put(connectionId: string, key: string, session: S): void {
    const id = `${connectionId}\u0000${key}`;
    this.drop(id);
    session.lastUsed = Date.now();
    this.sessions.set(id, session);
    const mine = [...this.sessions.keys()].filter((k) => k.startsWith(`${connectionId}\u0000`));
    if (mine.length > this.limits.perConnection) this.drop(mine[0]!);
    if (this.sessions.size > this.limits.total) this.drop(this.sessions.keys().next().value!);
  }

  private drop(id: string): void {
    this.sessions.get(id)?.controller.abort();
    this.sessions.delete(id);
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, s] of [...this.sessions])
      if (now - s.lastUsed > this.limits.idleMs) this.drop(id);
  }
}
