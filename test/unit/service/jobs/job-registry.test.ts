import { describe, expect, it } from 'vitest';
import { createJobRegistry } from '../../../../electron/service/jobs/job-registry';

describe('createJobRegistry', () => {
  it('limits running jobs per connection, not across connections', () => {
    const registry = createJobRegistry(2);
    registry.add('w1', 'a');
    registry.add('w1', 'b');
    expect(() => registry.add('w1', 'c')).toThrow(/At most 2 exports/);
    registry.add('w2', 'a');
    registry.finish('w1', 'a', '/tmp/a.csv');
    registry.add('w1', 'c');
    expect(registry.running('w1')).toBe(2);
  });

  it('refuses a second job with a running id', () => {
    const registry = createJobRegistry(4);
    registry.add('w1', 'same');
    expect(() => registry.add('w1', 'same')).toThrow(/already running/);
  });

  it("cancels only the caller's own running job", () => {
    const registry = createJobRegistry(4);
    const job = registry.add('w1', 'j');
    expect(registry.cancel('w2', 'j')).toBe(false);
    expect(job.controller.signal.aborted).toBe(false);
    expect(registry.cancel('w1', 'j')).toBe(true);
    expect(job.controller.signal.aborted).toBe(true);
    registry.finish('w1', 'j', null);
    expect(registry.cancel('w1', 'j')).toBe(false);
  });

  it('remembers where a finished job wrote, for reveal', () => {
    const registry = createJobRegistry(4);
    registry.add('w1', 'j');
    expect(registry.get('w1', 'j')?.path).toBeNull();
    registry.finish('w1', 'j', '/home/me/out.csv');
    expect(registry.get('w1', 'j')).toMatchObject({ running: false, path: '/home/me/out.csv' });
    expect(registry.get('w2', 'j')).toBeUndefined();
  });
});
