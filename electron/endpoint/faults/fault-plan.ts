import { hash32, unit } from '../data/hash';
import type { Route } from '../route';
import type { Service } from '../services';

export type FaultKind =
  | 'SlowDown'
  | 'InternalError'
  | 'DropConnection'
  | 'Slow'
  | 'AccessDenied'
  | 'ExpiredToken'
  | 'RequestLimitExceeded';

export interface ScriptedFault {
  service?: Service;
  bucket?: string;
  operation?: string;
  region?: string;
  /** 1-based count of matching requests after the fault was scripted. */
  nth: number;
  /** How many consecutive matching requests fail, from the nth on; default 1. */
  times?: number;
  fault: FaultKind;
}

/** The kinds a random fault draws from: throttling, 5xx, a dropped connection, slowness. */
const RANDOM_KINDS: readonly FaultKind[] = ['SlowDown', 'InternalError', 'DropConnection', 'Slow'];
const FAULT_STREAM = 901;
const KIND_STREAM = 902;

interface Armed {
  fault: ScriptedFault;
  seen: number;
}

const matches = (fault: ScriptedFault, route: Route): boolean =>
  (fault.service === undefined || fault.service === route.service) &&
  (fault.bucket === undefined || fault.bucket === route.bucket) &&
  (fault.operation === undefined || fault.operation === route.operation) &&
  (fault.region === undefined || fault.region === route.region);

/**
 * Decides which authenticated requests fail. Scripted faults come first; otherwise request number
 * n fails with probability `rate`, drawn from (seed, n), so a run with the same seed and the same
 * request order fails at the same places.
 */
export class FaultPlan {
  private readonly armed: Armed[] = [];
  private served = 0;

  constructor(
    private readonly seed: number,
    private rate: number,
    scripted: readonly ScriptedFault[] = [],
  ) {
    scripted.forEach((fault) => this.script(fault));
  }

  script(fault: ScriptedFault): void {
    this.armed.push({ fault: { ...fault }, seen: 0 });
  }

  setRate(rate: number): void {
    this.rate = rate;
  }

  decide(route: Route): FaultKind | null {
    const n = this.served++;
    let chosen: FaultKind | null = null;
    for (const armed of this.armed) {
      if (!matches(armed.fault, route)) continue;
      armed.seen += 1;
      const first = armed.fault.nth;
      if (chosen === null && armed.seen >= first && armed.seen < first + (armed.fault.times ?? 1)) {
        chosen = armed.fault.fault;
      }
    }
    if (chosen !== null || this.rate <= 0) return chosen;
    if (unit(this.seed, FAULT_STREAM, n) >= this.rate) return null;
    return RANDOM_KINDS[hash32(this.seed, KIND_STREAM, n) % RANDOM_KINDS.length]!;
  }
}
