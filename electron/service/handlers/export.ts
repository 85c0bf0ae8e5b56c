import { ApiFailure } from '../../../shared/contract';
import { createJobRegistry } from '../jobs/job-registry';
import { startExportJob } from '../jobs/export-job';
import type { HandlerGroup } from '../handler-context';
import type { HostServices } from '../host-services';

/** CSV export jobs; one registry per engine worker, jobs kept apart by connection. */
export const exportHandlers = (
  host: HostServices,
): HandlerGroup<'export.start' | 'export.cancel' | 'export.reveal'> => {
  const registry = createJobRegistry();
  return {
    'export.start': (input, context) => startExportJob(input, context, host, registry),
    'export.cancel': async ({ jobId }, context) => ({
      cancelled: registry.cancel(context.connectionId, jobId),
    }),
    'export.reveal': async ({ jobId }, context) => {
      const path = registry.get(context.connectionId, jobId)?.path;
      if (!path) throw ApiFailure.of('NOT_FOUND', `Export ${jobId} has no finished file to show.`);
      return { shown: await host.revealFile(path) };
    },
  };
};
