/**
 * The exit code of a command by the codes of the regions it skipped: a region that is merely not
 * enabled is no failure (0), any other skipped one is (1).
 */
export const regionExit = (codes: readonly string[]): number =>
  codes.every((code) => code === 'REGION_NOT_ENABLED') ? 0 : 1;
