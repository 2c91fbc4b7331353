import { describe, expect, it } from 'vitest';
import { createYielder, yieldToEventLoop } from '../../../../src/engine/training/yield';

describe('yieldToEventLoop', () => {
  it('lets a timer queued before it run first', async () => {
    let fired = false;
    setTimeout(() => (fired = true), 0);
    await yieldToEventLoop();
    expect(fired).toBe(true);
  });
});

describe('createYielder', () => {
  it('does not yield before its budget has elapsed', async () => {
    let fired = false;
    const maybeYield = createYielder(10_000);
    setTimeout(() => (fired = true), 0);
    await maybeYield();
    expect(fired).toBe(false);
  });

  it('yields once the budget has elapsed', async () => {
    let fired = false;
    const maybeYield = createYielder(0);
    setTimeout(() => (fired = true), 0);
    await maybeYield();
    expect(fired).toBe(true);
  });
});
