import { STORE_NAMES, type StoreName } from './schema';

/** What changed: one store, or everything (import, reset). */
export type ChangeKind = StoreName | 'all';

const CHANNEL_NAME = 'ml-that-works';
const KINDS: ReadonlySet<string> = new Set<string>([...STORE_NAMES, 'all']);

let channel: BroadcastChannel | null | undefined;

function getChannel(): BroadcastChannel | null {
  if (channel === undefined) {
    try {
      channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
    } catch {
      channel = null;
    }
  }
  return channel;
}

/** Tells other tabs that a write of `kind` has committed. No-op without BroadcastChannel. */
export function announceChange(kind: ChangeKind): void {
  try {
    getChannel()?.postMessage({ type: 'change', kind });
  } catch {
    // a closed or broken channel must never fail a write
  }
}

/** Calls `cb` when another tab announces a change; returns the unsubscribe function. */
export function onExternalChange(cb: (kind: ChangeKind) => void): () => void {
  const ch = getChannel();
  if (!ch) return () => {};
  const listener = (event: MessageEvent) => {
    const data = event.data as { type?: unknown; kind?: unknown } | null;
    if (data?.type === 'change' && typeof data.kind === 'string' && KINDS.has(data.kind)) cb(data.kind as ChangeKind);
  };
  ch.addEventListener('message', listener);
  return () => ch.removeEventListener('message', listener);
}

/** Closes this tab's channel (tests, page teardown); the next call opens a new one. */
export function closeSyncChannel(): void {
  channel?.close();
  channel = undefined;
}
