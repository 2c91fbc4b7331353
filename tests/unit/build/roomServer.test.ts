import { mkdtempSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedEncodings, cacheControl, createRoomHandler, resolveUnder } from '../../../scripts/room/server.mjs';
import { lanAddresses, roomUrls } from '../../../scripts/room/addresses.mjs';
import { compressDist } from '../../../scripts/room/compress.mjs';

describe('acceptedEncodings', () => {
  it('prefers brotli, then gzip, honouring q=0', () => {
    expect(acceptedEncodings('gzip, deflate, br')).toEqual(['br', 'gzip', 'identity']);
    expect(acceptedEncodings('gzip;q=0.5, br;q=0')).toEqual(['gzip', 'identity']);
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip', 'identity']);
    expect(acceptedEncodings('*, br;q=0')).toEqual(['gzip', 'identity']);
    expect(acceptedEncodings(undefined)).toEqual(['identity']);
  });
});

describe('cacheControl and resolveUnder', () => {
  it('caches hashed assets for a year and revalidates the rest', () => {
    expect(cacheControl('/assets/index-U9czr_S6.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControl('/sw.js')).toBe('no-cache');
    expect(cacheControl('/index.html')).toBe('no-cache');
  });

  it('never resolves outside the root', () => {
    const root = path.resolve('/srv/dist');
    expect(resolveUnder(root, '/assets/a.js')).toBe(path.join(root, 'assets/a.js'));
    expect(resolveUnder(root, '/../../etc/passwd')).toBe(path.join(root, 'etc/passwd'));
    expect(resolveUnder(root, '/%2e%2e/package.json')).toBe(path.join(root, 'package.json'));
    expect(resolveUnder(root, '/a%00b')).toBeNull();
    expect(resolveUnder(root, '/%E0%A4%A')).toBeNull();
  });
});

describe('lanAddresses', () => {
  it('lists non-internal IPv4 addresses once', () => {
    const v4 = (address: string, internal = false) => ({ address, family: 'IPv4', internal, netmask: '', mac: '', cidr: null });
    const interfaces = { lo: [v4('127.0.0.1', true)], wlan0: [v4('192.168.43.1'), { ...v4('fe80::1'), family: 'IPv6' }], eth0: [v4('10.0.0.7'), v4('192.168.43.1')] };
    expect(lanAddresses(interfaces)).toEqual(['192.168.43.1', '10.0.0.7']);
    expect(roomUrls(['192.168.43.1'], 4173, true)).toEqual(['https://192.168.43.1:4173/']);
  });
});

describe('the room handler', () => {
  let dir: string;
  let server: Server;
  let base: string;
  const js = 'console.log("hello room");\n'.repeat(100);

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'room-test-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>x</title>' + ' '.repeat(2000));
    writeFileSync(path.join(dir, 'assets/app-AbCd1234.js'), js);
    const totals = compressDist(dir);
    expect(totals.files).toBe(2);
    server = createServer(createRoomHandler({ root: dir, csp: "default-src 'none'", urls: () => ['http://room.test:9/'] }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (p: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      const req = request(`${base}${p}`, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });

  it('sends the precompressed copy the client accepts, with type, caching, Vary and CSP', async () => {
    const br = await get('/assets/app-AbCd1234.js', { 'accept-encoding': 'gzip, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.headers['content-security-policy']).toBe("default-src 'none'");
    expect(brotliDecompressSync(br.body).toString()).toBe(js);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(js.length / 10);
    const gz = await get('/assets/app-AbCd1234.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body.length).toBeLessThanOrEqual(gzipSync(js).length);
    const plain = await get('/assets/app-AbCd1234.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(js);
  });

  it('ignores a stale compressed copy (older than its source)', async () => {
    const file = path.join(dir, 'assets/app-AbCd1234.js');
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    const res = await get('/assets/app-AbCd1234.js', { 'accept-encoding': 'br' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe(js);
    compressDist(dir);
    expect((await get('/assets/app-AbCd1234.js', { 'accept-encoding': 'br' })).headers['content-encoding']).toBe('br');
  });

  it('answers room.json, revalidation, unknown files, page paths and other methods', async () => {
    const room = await get('/room.json');
    expect(JSON.parse(room.body.toString())).toEqual({ urls: ['http://room.test:9/'] });
    expect(room.headers['cache-control']).toBe('no-store');
    const first = await get('/', { 'accept-encoding': 'br' });
    expect(first.headers['cache-control']).toBe('no-cache');
    expect((await get('/', { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) })).status).toBe(304);
    expect((await get('/missing.js')).status).toBe(404);
    expect((await get('/some/page')).headers['content-type']).toBe('text/html; charset=utf-8');
    expect((await get('/', {}, 'POST')).status).toBe(405);
  });
});
