// @ts-check
// A static server for the cross-engine smoke suite and its bench: serves the production
// build (dist/) on loopback, can be stopped and started again on the same port (that is how
// the suite takes "the network" away from Firefox and WebKit, which have no offline switch
// over WebDriver), and adds one same-origin script, /__probe.js, to every page it serves so
// errors from the first line of the app on are collected in every engine alike.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain',
};

/**
 * Collects page errors, unhandled rejections and CSP violations into `window.__probe.errors`.
 * It is a file, not an inline script, so the app's CSP (`script-src 'self'`) allows it.
 * With `?smoke-no-indexeddb` in the page's address it first hides IndexedDB.
 */
const PROBE = `(() => {
  // Test switch: behave like a browser without IndexedDB (some private modes), before the app starts.
  if (location.search.includes('smoke-no-indexeddb')) {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true });
  }
  const errors = [];
  window.__probe = { errors };
  addEventListener('error', (e) => errors.push('error: ' + (e.message || (e.error && e.error.message) || 'unknown')));
  addEventListener('unhandledrejection', (e) => {
    const r = e.reason;
    errors.push('unhandled rejection: ' + (r && (r.message || r.name) ? (r.name || '') + ' ' + (r.message || '') : String(r)));
  });
  document.addEventListener('securitypolicyviolation', (e) => errors.push('csp: ' + e.violatedDirective + ' ' + e.blockedURI));
})();
`;

/**
 * @param {string} root the built app's folder
 * @param {number} port
 */
export async function startSmokeServer(root, port) {
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (path === '/__probe.js') {
      response.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-store' }).end(PROBE);
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(root))) {
      response.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(file);
      const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream';
      if (extname(file) === '.html') {
        body = Buffer.from(body.toString('utf8').replace('<head>', '<head><script src="/__probe.js"></script>'));
      }
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const listen = () => new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  await listen();
  let up = true;
  return {
    url: `http://localhost:${port}/`,
    /** Stops answering at once: open keep-alive connections are cut too. */
    async stop() {
      if (!up) return;
      up = false;
      const closed = new Promise((resolve) => server.close(() => resolve(undefined)));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
    async start() {
      if (up) return;
      await listen();
      up = true;
    },
  };
}
