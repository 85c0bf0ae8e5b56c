import { startEndpoint } from '../../endpoint/server';

/** What the Demo profile needs of its endpoint. */
export interface DemoEndpoint {
  url: string;
}

type Running = Awaited<ReturnType<typeof startEndpoint>>;

let started: Promise<DemoEndpoint> | null = null;
let owned: Running | null = null;

/**
 * The built-in Demo profile's AWS: the local endpoint, started in this process on first use and
 * shared by every view after that. PAGESCOPE_DEMO_ENDPOINT points Demo at an endpoint that is
 * already running instead (the e2e tests start one they can inject faults into).
 */
export const demoEndpoint = (): Promise<DemoEndpoint> => {
  if (!started) {
    const external = process.env.PAGESCOPE_DEMO_ENDPOINT;
    started = external
      ? Promise.resolve({ url: new URL(external).origin })
      : startEndpoint({}).then((endpoint) => (owned = endpoint));
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
  const running = owned;
  started = null;
  owned = null;
  await running?.stop();
};
