import { parseRoomAddress, parseRoomJson, shareBase, type RoomSource } from '../lib/roomAddress';
import { appStorage } from './storage.svelte';

/** Settings key of the room address the presenter typed (a normalised base URL string). */
export const ROOM_ADDRESS_KEY = 'room.address';

/**
 * The room address for share links: the typed setting (stored, carried by
 * export/import, validated again on every read), and the addresses the room
 * server publishes at `room.json` (read once per page, same origin, only while
 * online: a static host serves an empty list, and offline there is no room).
 */
class RoomAddressState {
  typed = $state<string | null>(null);
  published = $state.raw<string[]>([]);
  #loading: Promise<void> | null = null;

  constructor() {
    appStorage.onChange((kind) => {
      if (kind === 'all' || kind === 'settings') void this.#readSetting();
    });
  }

  /** Reads the setting and room.json, once. */
  load(): Promise<void> {
    this.#loading ??= Promise.all([this.#readSetting(), this.#readRoomJson()]).then(() => undefined);
    return this.#loading;
  }

  /** The base URL share links use now, and where it came from. */
  get current(): { base: string; source: RoomSource } {
    return shareBase(location, this.typed, this.published);
  }

  /** Validates and stores a typed address; returns the message when it is refused. */
  async save(text: string): Promise<string | null> {
    const parsed = parseRoomAddress(text);
    if (!parsed.ok) return parsed.message;
    this.typed = parsed.base;
    await appStorage.write((repo) => repo.putSetting(ROOM_ADDRESS_KEY, parsed.base));
    return null;
  }

  async clear(): Promise<void> {
    this.typed = null;
    await appStorage.write((repo) => repo.putSetting(ROOM_ADDRESS_KEY, null));
  }

  async #readSetting(): Promise<void> {
    try {
      const value = await appStorage.repo.getSetting(ROOM_ADDRESS_KEY);
      const parsed = typeof value === 'string' ? parseRoomAddress(value) : null;
      this.typed = parsed?.ok ? parsed.base : null;
    } catch {
      // storage trouble is reported by the app's banners; the page's own address applies
    }
  }

  async #readRoomJson(): Promise<void> {
    if (typeof navigator !== 'undefined' && !navigator.onLine) return;
    try {
      const response = await fetch(new URL('room.json', location.href), { cache: 'no-store', credentials: 'omit' });
      const type = response.headers.get('content-type') ?? '';
      if (!response.ok || !type.includes('application/json')) return;
      const text = await response.text();
      if (text.length > 4096) return;
      this.published = parseRoomJson(JSON.parse(text));
    } catch {
      // no room server here: links use the page's own address
    }
  }
}

export const roomAddress = new RoomAddressState();
