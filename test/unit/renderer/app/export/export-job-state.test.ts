import { describe, expect, it } from 'vitest';
import type { ExportFinished } from '../../../../../shared/contract';
import {
  exportJobReducer as reduce,
  initialJobState,
  phaseOf,
} from '../../../../../renderer/app/export/export-job-state';

const done: ExportFinished = {
  jobId: 'j',
  status: 'done',
  rows: 5,
  bytes: 50,
  path: null,
  error: null,
};

describe('the export dialog state', () => {
  it('goes form, starting, running, done', () => {
    let s = initialJobState;
    expect(phaseOf(s)).toBe('form');
    s = reduce(s, { type: 'start', jobId: 'j' });
    expect(phaseOf(s)).toBe('starting');
    s = reduce(s, {
      type: 'started',
      started: { jobId: 'j', downloadUrl: 'http://x/download/j', path: null },
    });
    expect(phaseOf(s)).toBe('running');
    s = reduce(s, { type: 'finished', finished: done });
    expect(phaseOf(s)).toBe('done');
  });

  it('accepts the end before the start reply (events and replies may cross)', () => {
    let s = reduce(initialJobState, { type: 'start', jobId: 'j' });
    s = reduce(s, { type: 'finished', finished: done });
    s = reduce(s, {
      type: 'started',
      started: { jobId: 'j', downloadUrl: 'http://x/download/j', path: null },
    });
    expect(phaseOf(s)).toBe('done');
    expect(s.started?.downloadUrl).toBe('http://x/download/j');
  });

  it('returns to the form when the save dialog was dismissed', () => {
    let s = reduce(initialJobState, { type: 'start', jobId: 'j' });
    s = reduce(s, { type: 'started', started: { jobId: 'j', downloadUrl: null, path: null } });
    expect(phaseOf(s)).toBe('form');
  });

  it("ignores another job's events and progress after the end", () => {
    let s = reduce(initialJobState, { type: 'start', jobId: 'j' });
    const progress = { jobId: 'other', rows: 1, pages: 1, scanned: 1, bytes: 1, rowsPerSecond: 1 };
    s = reduce(s, { type: 'progress', progress });
    expect(s.progress).toBeNull();
    s = reduce(s, { type: 'finished', finished: done });
    s = reduce(s, { type: 'progress', progress: { ...progress, jobId: 'j', rows: 99 } });
    expect(s.progress).toBeNull();
  });

  it('shows a refused start as failed', () => {
    let s = reduce(initialJobState, { type: 'start', jobId: 'j' });
    s = reduce(s, {
      type: 'refused',
      error: { code: 'LIMIT_EXCEEDED', message: 'too many', retryable: true },
    });
    expect(phaseOf(s)).toBe('failed');
  });
});
