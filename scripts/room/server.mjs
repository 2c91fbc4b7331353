// The room server's request handler: serves a built app folder (dist/) with the
// precompressed copies compress.mjs made (brotli, then gzip, by Accept-Encoding),
// the CSP header of build/csp.ts, caching fit for hashed assets, and a dynamic
// /room.json that tells the page which addresses learners can reach.
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';

/** Content types by file extension (what `vite preview` sends for the same files). @type {Record<string, string>} */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * The encodings a client accepts, best first among those we make: 'br', 'gzip',
 * then 'identity'. Honours `q=0` (refused). Unknown or missing header: identity.
 */
/** @param {string | string[] | undefined} header @returns {('br' | 'gzip' | 'identity')[]} */
export function acceptedEncodings(header) {
  const accepted = new Map();
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (/** @type {string} */ name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return [.../** @type {const} */ (['br', 'gzip']).filter(ok), 'identity'];
}

/** Hashed build output never changes under its name; everything else is revalidated on every load. */
/** @param {string} urlPath */
export function cacheControl(urlPath) {
  return /^\/assets\/.+-[\w-]{8,}\.\w+$/.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The file under `root` for a URL path, or null when the path escapes it or is malformed. */
/** @param {string} root @param {string} urlPath @returns {string | null} */
export function resolveUnder(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

/** @param {string} file */
function fileStat(file) {
  try {
    const s = statSync(file);
    return s.isFile() ? s : null;
  } catch {
    return null;
  }
}

/**
 * A Node request handler for the app in `root`.
 * Options: `csp` (the Content-Security-Policy header), `urls()` (the addresses
 * published at /room.json), `compressed` (default true; false sends every file
 * as it is, for measuring what compression saves).
 *
 * @param {{ root: string; csp: string; urls: () => string[]; compressed?: boolean }} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function createRoomHandler({ root, csp, urls, compressed = true }) {
  const base = path.resolve(root);
  return (req, res) => {
    const common = {
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...common, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed\n');
      return;
    }
    const urlPath = (req.url ?? '/').split('?')[0].split('#')[0] || '/';
    if (urlPath === '/room.json') {
      const body = JSON.stringify({ urls: urls() });
      res.writeHead(200, { ...common, 'Content-Type': TYPES['.json'], 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(body) });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    let file = resolveUnder(base, urlPath.endsWith('/') ? urlPath + 'index.html' : urlPath);
    let stat = file && fileStat(file);
    if (!stat && file && !path.extname(file)) {
      // An unknown path without an extension is a page: the app routes by hash, so serve its shell.
      file = path.join(base, 'index.html');
      stat = fileStat(file);
    }
    if (!file || !stat) {
      res.writeHead(404, { ...common, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end('Not found\n');
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    let served = file;
    let encoding = 'identity';
    for (const candidate of compressed ? acceptedEncodings(req.headers['accept-encoding']) : []) {
      if (candidate === 'identity') break;
      const s = fileStat(`${file}.${candidate === 'br' ? 'br' : 'gz'}`);
      // A copy made from this version has its time (within the 2 ms utimes may round); an older copy is stale.
      if (s && s.mtimeMs >= stat.mtimeMs - 2) {
        served = `${file}.${candidate === 'br' ? 'br' : 'gz'}`;
        stat = s;
        encoding = candidate;
        break;
      }
    }
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}-${encoding}"`;
    const headers = {
      ...common,
      'Content-Type': type,
      'Cache-Control': cacheControl(urlPath),
      ETag: etag,
      Vary: 'Accept-Encoding',
      ...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Length': stat.size });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(served).on('error', () => res.destroy()).pipe(res);
  };
}
