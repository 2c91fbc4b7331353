import { describe, expect, it } from 'vitest';
import { loadOnce } from '../../../src/lib/loadOnce';

describe('loadOnce', () => {
  it('starts the load on the first call only and hands every call the same result', async () => {
    let calls = 0;
    const load = loadOnce(async () => ({ n: ++calls }));
    expect(calls).toBe(0); // nothing is fetched until asked
    const [a, b] = await Promise.all([load(), load()]);
    expect(calls).toBe(1);
    expect(b).toBe(a);
    expect(await load()).toBe(a);
    expect(calls).toBe(1);
  });

  it('forgets a failed load, so the next call tries again', async () => {
    let calls = 0;
    const load = loadOnce(async () => {
      calls++;
      if (calls === 1) throw new Error('offline');
      return 'module';
    });
    await expect(load()).rejects.toThrow('offline');
    expect(await load()).toBe('module');
    expect(calls).toBe(2);
  });
});
