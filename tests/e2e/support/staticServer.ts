import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { cspHeaderReportingTo } from '../../../build/csp';
import { CSP_REPORT_URI } from './cspCollector';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain',
};

/**
 * A tiny static server whose root can be swapped while it runs, so a test can
 * publish a "new version" of the app to a browser that already has the old one.
 * Reads every file fresh from disk and never caches. Sends the app's policy header,
 * reporting to the test collector, like the preview server.
 */
export async function startStaticServer(root: string): Promise<{ url: string; setRoot: (dir: string) => void; close: () => Promise<void> }> {
  let current = root;
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(current, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(current))) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'Content-Security-Policy': cspHeaderReportingTo(CSP_REPORT_URI),
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://localhost:${port}/`,
    setRoot: (dir) => {
      current = dir;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
