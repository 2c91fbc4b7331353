// npm run room [-- options]: builds the app (or reuses an up-to-date dist/), precompresses it,
// and serves it to the local network for a live session, printing the addresses learners can
// reach, as text and as a QR code. See docs/ROOM.md.
//
//   --port N            port to listen on (default 4173)
//   --host ADDRESS      interface to listen on (default 0.0.0.0: every interface)
//   --https             serve over HTTPS with a self-signed certificate made in .room-cert/
//   --public-host NAME  publish this host name instead of the detected addresses (repeatable)
//   --rebuild           build even if dist/ looks up to date
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { lanAddresses, roomUrls, terminalQr } from './addresses.mjs';
import { roomCertificate, fingerprint } from './certificate.mjs';
import { compressDist } from './compress.mjs';
import { createRoomHandler } from './server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'dist');
const SOURCES = ['src', 'lessons', 'public', 'build', 'index.html', 'vite.config.ts', 'package.json'];

const { values: opts } = parseArgs({
  options: {
    port: { type: 'string', default: '4173' },
    host: { type: 'string', default: '0.0.0.0' },
    https: { type: 'boolean', default: false },
    'public-host': { type: 'string', multiple: true, default: [] },
    rebuild: { type: 'boolean', default: false },
  },
});

const port = Number(opts.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`--port must be a whole number from 1 to 65535 (got "${opts.port}")`);
const publicHosts = opts['public-host'];
for (const h of publicHosts) if (!/^[a-z0-9.-]{1,253}$/i.test(h)) fail(`--public-host "${h}" is not a host name or IPv4 address`);

function fail(message) {
  console.error(`npm run room: ${message}`);
  process.exit(2);
}

function newest(entry) {
  if (!existsSync(entry)) return 0;
  const s = statSync(entry);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(entry).map((name) => newest(path.join(entry, name))));
}

const built = existsSync(path.join(DIST, 'index.html')) ? statSync(path.join(DIST, 'index.html')).mtimeMs : 0;
if (opts.rebuild || built < Math.max(...SOURCES.map((s) => newest(path.join(ROOT, s))))) {
  console.log('Building the app (npx vite build)…');
  execFileSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
} else {
  console.log('Reusing the build in dist/ (up to date with the sources; --rebuild to build anyway).');
}
const t = compressDist(DIST);
console.log(`Precompressed ${t.files} files: ${(t.raw / 1e6).toFixed(2)} MB → ${(t.br / 1e6).toFixed(2)} MB brotli, ${(t.gz / 1e6).toFixed(2)} MB gzip.`);

const { runnerImport } = await import('vite');
const { module: csp } = await runnerImport(path.join(ROOT, 'build/csp.ts'));
const hosts = publicHosts.length > 0 ? publicHosts : lanAddresses();
const urls = roomUrls(hosts, port, opts.https);
const app = createRoomHandler({ root: DIST, csp: csp.cspHeaderReportingTo(process.env.E2E_CSP_REPORT_URI), urls: () => urls });

let server;
let certPath = '';
if (opts.https) {
  const certificate = roomCertificate(path.join(ROOT, '.room-cert'), hosts);
  certPath = certificate.certPath;
  // The certificate (public, never the key) at /room.crt, for devices that should trust it.
  /** @type {import('node:http').RequestListener} */
  const handler = (req, res) => {
    if ((req.url ?? '').split('?')[0] !== '/room.crt') return app(req, res);
    res.writeHead(200, { 'Content-Type': 'application/x-x509-ca-cert', 'Content-Disposition': 'attachment; filename="ml-that-works-room.crt"', 'Cache-Control': 'no-store' });
    res.end(certificate.cert);
  };
  server = https.createServer({ key: certificate.key, cert: certificate.cert }, handler);
} else {
  server = http.createServer(app);
}
server.on('error', (e) => fail(e.code === 'EADDRINUSE' ? `port ${port} is in use; try --port ${port + 1}` : e.message));
server.listen(port, opts.host, () => {
  const local = `${opts.https ? 'https' : 'http'}://localhost:${port}/`;
  console.log(`\nML That Works is served for the room (Ctrl+C to stop).\n`);
  console.log(`  On this computer:  ${local}`);
  if (urls.length === 0) {
    console.log('  No network address found: connect to a Wi-Fi network or start a hotspot, then run this again.');
  } else {
    for (const url of urls) console.log(`  Learners open:     ${url}`);
    console.log(`\nScan to open ${urls[0]}\n`);
    console.log(terminalQr(urls[0]));
  }
  if (opts.https) {
    console.log(`The certificate is self-signed (made on this computer, in .room-cert/), so every browser first shows a`);
    console.log(`warning such as "Your connection is not private". That is expected here: choose "Advanced" and`);
    console.log(`"Proceed" (Chrome) or "Accept the risk" (Firefox); Safari: "Show details" and "visit this website".`);
    console.log(`To check it is this computer, compare the certificate's SHA-256 fingerprint:\n  ${fingerprint(certPath)}`);
    console.log(`Past the warning the page is a secure context: copying links works. Browsers still run no service`);
    console.log(`worker (offline install) for a certificate they do not trust: for offline phones, install the`);
    console.log(`certificate from ${urls[0] ?? local}room.crt on each phone as a trusted certificate (see docs/ROOM.md).`);
  } else {
    console.log(`Over plain http at a network address, browsers turn off the offline install and copying links;`);
    console.log(`everything else works. Use --https for offline phones (with a certificate warning to accept once).`);
  }
  console.log(`Share links and QR codes on a page opened at ${local} point learners to ${urls[0] ?? 'this address'}.`);
});

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
