import { describe, expect, it } from 'vitest';
import { isLoopbackHost, MAX_ROOM_ADDRESS, parseRoomAddress, parseRoomJson, shareBase } from '../../../src/lib/roomAddress';

describe('parseRoomAddress', () => {
  it('normalises an address to an app base URL', () => {
    expect(parseRoomAddress('192.168.1.20:4173')).toEqual({ ok: true, base: 'http://192.168.1.20:4173/' });
    expect(parseRoomAddress('  https://course.example.org/ml  ')).toEqual({ ok: true, base: 'https://course.example.org/ml/' });
    expect(parseRoomAddress('HTTP://Room.Test:8080/app/')).toEqual({ ok: true, base: 'http://room.test:8080/app/' });
    expect(parseRoomAddress('http://10.0.0.5/index.html')).toEqual({ ok: true, base: 'http://10.0.0.5/index.html' });
  });

  it('refuses what cannot be a room address, with a message', () => {
    for (const bad of ['', '   ', 'javascript:alert(1)', 'ftp://10.0.0.1/', 'http://user:pw@10.0.0.1/', 'http://10.0.0.1/?x=1', 'http://10.0.0.1/#/lesson', 'http://a b/', 'http://[::1', `http://${'a'.repeat(MAX_ROOM_ADDRESS)}.test/`]) {
      const result = parseRoomAddress(bad);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
    }
  });
});

describe('isLoopbackHost', () => {
  it('knows loopback names and addresses', () => {
    expect(['localhost', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]'].map(isLoopbackHost)).toEqual([true, true, true, true, true]);
    expect(['room.test', '192.168.1.20', '10.0.0.1', '128.0.0.1', 'localhost.example'].map(isLoopbackHost)).toEqual([false, false, false, false, false]);
  });
});

describe('parseRoomJson', () => {
  it('keeps valid, distinct addresses only', () => {
    expect(parseRoomJson({ urls: ['http://192.168.1.20:4173/', 42, 'javascript:x', 'http://192.168.1.20:4173', 'https://10.0.0.2:4173/'] })).toEqual([
      'http://192.168.1.20:4173/',
      'https://10.0.0.2:4173/',
    ]);
    expect(parseRoomJson({ urls: Array.from({ length: 20 }, (_, i) => `http://10.0.0.${i}/`) })).toHaveLength(8);
  });

  it('gives nothing for anything else', () => {
    for (const v of [null, 'x', [], {}, { urls: 'http://10.0.0.1/' }]) expect(parseRoomJson(v)).toEqual([]);
  });
});

describe('shareBase', () => {
  const local = { origin: 'http://localhost:4173', pathname: '/', hostname: 'localhost' };
  const lan = { origin: 'http://192.168.1.20:4173', pathname: '/', hostname: '192.168.1.20' };
  const room = ['http://192.168.1.20:4173/'];

  it('prefers the typed setting, then the room server on a loopback page, then the page', () => {
    expect(shareBase(local, 'https://course.example.org/', room)).toEqual({ base: 'https://course.example.org/', source: 'setting' });
    expect(shareBase(local, null, room)).toEqual({ base: 'http://192.168.1.20:4173/', source: 'room' });
    expect(shareBase(local, null, [])).toEqual({ base: 'http://localhost:4173/', source: 'page' });
    // A page already open at a reachable address shares its own address.
    expect(shareBase(lan, null, ['http://10.0.0.9:4173/'])).toEqual({ base: 'http://192.168.1.20:4173/', source: 'page' });
  });
});
