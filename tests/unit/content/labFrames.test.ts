import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Block } from '../../../src/content/types';

// The frame component and the labs' chunks are stood in for: each loadLab call waits until
// the test settles it, so the order of events is the test's.
const pending = new Map<string, { resolve: (frame: unknown) => void; reject: (e: unknown) => void }>();
const FRAME = { name: 'InteractiveFrame' };
vi.mock('../../../src/content/loadLab', () => ({
  loadLab: (id: string) => new Promise((resolve, reject) => pending.set(id, { resolve, reject })),
  loadedLab: () => null,
}));
const { LabFrames } = await import('../../../src/content/labFrames.svelte');

const BLOCKS: Block[] = [
  { kind: 'prose', html: '<p>a</p>' },
  { kind: 'interactive', id: 'role-sorter' },
  { kind: 'prose', html: '<p>b</p>' },
  { kind: 'interactive', id: 'ab-test-lab' },
  { kind: 'prose', html: '<p>c</p>' },
];
const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  pending.clear();
});
afterEach(() => vi.useRealTimers());

describe('LabFrames', () => {
  it('draws up to the first lab that is not in, and further as each arrives, in page order', async () => {
    const labs = new LabFrames(BLOCKS);
    expect(labs.reachable).toBe(1);
    labs.request('role-sorter');
    labs.request('role-sorter'); // asked twice, loaded once
    await flush();
    expect([...pending.keys()]).toEqual(['role-sorter']);
    pending.get('role-sorter')!.resolve(FRAME);
    await flush();
    expect(labs.frames.get('role-sorter')).toBe(FRAME);
    expect(labs.reachable).toBe(3);
    labs.request('ab-test-lab');
    await flush();
    pending.get('ab-test-lab')!.resolve(FRAME);
    await flush();
    expect(labs.reachable).toBe(BLOCKS.length);
  });

  it('a frame that cannot load leaves null in its place, and the blocks after it are drawn', async () => {
    const labs = new LabFrames(BLOCKS);
    labs.request('role-sorter');
    await flush();
    pending.get('role-sorter')!.reject(new Error('offline'));
    await flush();
    expect(labs.frames.get('role-sorter')).toBeNull();
    expect(labs.reachable).toBe(3);
  });

  it('says it is slow only after 300 ms of waiting, and not once the lab is in', async () => {
    const labs = new LabFrames(BLOCKS);
    labs.request('role-sorter');
    await vi.advanceTimersByTimeAsync(299);
    expect(labs.slow).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(labs.slow).toBe(true);
    pending.get('role-sorter')!.resolve(FRAME);
    await flush();
    expect(labs.slow).toBe(false);
  });

  it('takes nothing in once closed (the section is gone)', async () => {
    const labs = new LabFrames(BLOCKS);
    labs.request('role-sorter');
    await flush();
    labs.close();
    pending.get('role-sorter')!.resolve(FRAME);
    await vi.advanceTimersByTimeAsync(1000);
    expect(labs.frames.size).toBe(0);
    expect(labs.slow).toBe(false);
  });
});
