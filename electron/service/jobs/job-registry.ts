import { ApiFailure, limits } from '../../../shared/contract';

export interface JobEntry {
  controller: AbortController;
  /** The finished file, for "Show in folder"; null while running or when it did not finish. */
  path: string | null;
  running: boolean;
}

/**
 * Export jobs by connection, then by job id: ids are chosen by the renderer, so they only mean
 * something inside the connection that chose them, and one window can neither see nor cancel
 * another's jobs. A connection runs at most limits.maxConcurrentJobsPerConnection at once.
 */
export const createJobRegistry = (maxRunning: number = limits.maxConcurrentJobsPerConnection) => {
  const byConnection = new Map<string, Map<string, JobEntry>>();
  const jobsOf = (connectionId: string) => {
    let jobs = byConnection.get(connectionId);
    if (!jobs) byConnection.set(connectionId, (jobs = new Map()));
    return jobs;
  };

  return {
    /** Registers a job before its work starts; refuses a duplicate id or one job too many. */
    add(connectionId: string, jobId: string): JobEntry {
      const jobs = jobsOf(connectionId);
      if (jobs.get(jobId)?.running) {
        throw ApiFailure.of('BAD_REQUEST', `Export ${jobId} is already running.`);
      }
      const running = [...jobs.values()].filter((job) => job.running).length;
      if (running >= maxRunning) {
        throw ApiFailure.of(
          'LIMIT_EXCEEDED',
          `At most ${maxRunning} exports may run at once per window; wait for one to finish.`,
          { retryable: true },
        );
      }
      const entry: JobEntry = { controller: new AbortController(), path: null, running: true };
      jobs.set(jobId, entry);
      return entry;
    },
    get(connectionId: string, jobId: string): JobEntry | undefined {
      return byConnection.get(connectionId)?.get(jobId);
    },
    /** True when a running job was asked to stop. */
    cancel(connectionId: string, jobId: string): boolean {
      const job = byConnection.get(connectionId)?.get(jobId);
      if (!job?.running) return false;
      job.controller.abort();
      return true;
    },
    /** Marks a job ended; only the last few finished jobs are kept (for reveal). */
    finish(connectionId: string, jobId: string, path: string | null): void {
      const jobs = byConnection.get(connectionId);
      const job = jobs?.get(jobId);
      if (!jobs || !job) return;
      job.running = false;
      job.path = path;
      const finished = [...jobs].filter(([, entry]) => !entry.running);
      for (const [id] of finished.slice(0, Math.max(0, finished.length - 32))) jobs.delete(id);
    },
    running(connectionId: string): number {
      return [...(byConnection.get(connectionId)?.values() ?? [])].filter((job) => job.running)
        .length;
    },
  };
};

export type JobRegistry = ReturnType<typeof createJobRegistry>;
