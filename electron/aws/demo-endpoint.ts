import { startEndpoint } from '../endpoint/server';

type Endpoint = Awaited<ReturnType<typeof startEndpoint>>;

let started: Promise<Endpoint> | null = null;

/**
 * The built-in Demo profile's AWS: the local endpoint, started in this process on first use and
 * shared by every view after that.
 */
export const demoEndpoint = (): Promise<Endpoint> => {
  if (!started) {
    started = startEndpoint({});
    started.catch(() => {
      started = null;
    });
  }
  return started;
};

/** The URL when the endpoint already runs (profiles.list shows it without starting it). */
export const demoEndpointUrlIfStarted = async (): Promise<string | null> => {
  try {
    return started ? (await started).url : null;
  } catch {
    return null;
  }
};

export const stopDemoEndpoint = async (): Promise<void> => {
  const running = started;
  started = null;
  if (running) await (await running).stop();
};
