/**
 * The room address: where learners' devices can reach the app during a live
 * session. Share links and QR codes point there instead of at `localhost`.
 * It comes from, in order: the address the presenter typed in Settings, the
 * addresses the room server publishes at `room.json` (used only while the page
 * itself is open at a loopback address), or the page's own address.
 */

/** Longest room address accepted (characters). */
export const MAX_ROOM_ADDRESS = 200;
/** At most this many published addresses are read from room.json. */
const MAX_PUBLISHED = 8;

export type RoomAddressResult = { ok: true; base: string } | { ok: false; message: string };

/**
 * Validates a typed room address and normalises it to an app base URL
 * (`http(s)://host[:port]/path/`). A missing scheme means http. Refuses anything
 * that is not a plain http(s) address of a host: credentials, a query or a
 * fragment, other schemes, over-long text.
 */
export function parseRoomAddress(input: string): RoomAddressResult {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'Type an address such as http://192.168.1.20:4173/.' };
  if (text.length > MAX_ROOM_ADDRESS) return { ok: false, message: `The address is longer than ${MAX_ROOM_ADDRESS} characters.` };
  if (/\s/.test(text)) return { ok: false, message: 'The address cannot contain spaces.' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, message: 'This is not a web address.' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, message: 'The address must start with http:// or https://.' };
  if (url.username || url.password) return { ok: false, message: 'The address cannot contain a user name or password.' };
  if (!url.hostname) return { ok: false, message: 'The address needs a host name or an IP address.' };
  if (url.search || url.hash || /[?#]/.test(text)) return { ok: false, message: 'Give the address of the course only, without ? or #.' };
  const path = url.pathname.endsWith('/') || url.pathname.endsWith('.html') ? url.pathname : `${url.pathname}/`;
  return { ok: true, base: `${url.origin}${path}` };
}

/** True for host names that only this machine can reach (localhost, 127.0.0.0/8, ::1). */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(h) || h === '[::1]' || h === '::1';
}

/** The addresses in a room.json document (`{ "urls": [...] }`), each validated; anything else gives none. */
export function parseRoomJson(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || !Array.isArray((value as { urls?: unknown }).urls)) return [];
  const out: string[] = [];
  for (const raw of (value as { urls: unknown[] }).urls.slice(0, MAX_PUBLISHED)) {
    if (typeof raw !== 'string') continue;
    const parsed = parseRoomAddress(raw);
    if (parsed.ok && !out.includes(parsed.base)) out.push(parsed.base);
  }
  return out;
}

export type RoomSource = 'setting' | 'room' | 'page';

/**
 * The base URL share links use and where it came from: the typed setting; else,
 * on a page open at a loopback address, the first address the room server
 * published; else the page's own origin and path.
 */
export function shareBase(
  page: { origin: string; pathname: string; hostname: string },
  typed: string | null,
  published: readonly string[],
): { base: string; source: RoomSource } {
  if (typed) return { base: typed, source: 'setting' };
  if (published.length > 0 && isLoopbackHost(page.hostname)) return { base: published[0], source: 'room' };
  return { base: `${page.origin}${page.pathname}`, source: 'page' };
}
