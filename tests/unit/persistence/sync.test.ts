import { afterEach, describe, expect, it, vi } from 'vitest';
import { announceChange, closeSyncChannel, onExternalChange, type ChangeKind } from '../../../src/persistence/sync';

const others: BroadcastChannel[] = [];

/** A channel standing for another tab. */
function otherTab(): BroadcastChannel {
  const channel = new BroadcastChannel('ml-that-works');
  others.push(channel);
  return channel;
}

const nextMessage = (channel: BroadcastChannel) =>
  new Promise<unknown>((resolve) => channel.addEventListener('message', (e) => resolve(e.data), { once: true }));

afterEach(() => {
  for (const channel of others.splice(0)) channel.close();
  closeSyncChannel();
  vi.unstubAllGlobals();
});

describe('cross-tab sync', () => {
  it('announces a committed write to other tabs', async () => {
    const tab = otherTab();
    const received = nextMessage(tab);
    announceChange('progress');
    expect(await received).toEqual({ type: 'change', kind: 'progress' });
  });

  it('calls back when another tab announces a change, until unsubscribed', async () => {
    const seen: ChangeKind[] = [];
    const unsubscribe = onExternalChange((kind) => seen.push(kind));
    const tab = otherTab();
    tab.postMessage({ type: 'change', kind: 'runs' });
    await vi.waitFor(() => expect(seen).toEqual(['runs']));
    unsubscribe();
    tab.postMessage({ type: 'change', kind: 'all' });
    const probe = otherTab();
    const delivered = nextMessage(probe);
    tab.postMessage({ type: 'change', kind: 'settings' });
    await delivered; // later messages have arrived everywhere by now
    expect(seen).toEqual(['runs']);
  });

  it('ignores messages that are not change announcements', async () => {
    const seen: ChangeKind[] = [];
    onExternalChange((kind) => seen.push(kind));
    const tab = otherTab();
    tab.postMessage('hello');
    tab.postMessage({ type: 'change', kind: 'not-a-store' });
    tab.postMessage(null);
    tab.postMessage({ type: 'change', kind: 'models' });
    await vi.waitFor(() => expect(seen).toEqual(['models']));
  });

  it("does not call back for this tab's own announcements", async () => {
    const seen: ChangeKind[] = [];
    onExternalChange((kind) => seen.push(kind));
    const received = nextMessage(otherTab());
    announceChange('answers');
    await received;
    expect(seen).toEqual([]);
  });

  it('does nothing, without throwing, where BroadcastChannel is missing', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    expect(() => announceChange('progress')).not.toThrow();
    const unsubscribe = onExternalChange(() => {});
    expect(() => unsubscribe()).not.toThrow();
  });
});
