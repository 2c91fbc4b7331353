// The addresses learners can reach the room server at, and how they are shown.
import os from 'node:os';
import { renderANSI, renderUnicodeCompact } from 'uqr';

/**
 * Non-internal IPv4 addresses of this machine's network interfaces (hotspot, Wi-Fi, Ethernet).
 * @param {Record<string, { address: string; family: string | number; internal: boolean }[] | undefined>} interfaces
 * @returns {string[]}
 */
export function lanAddresses(interfaces = os.networkInterfaces()) {
  /** @type {string[]} */
  const out = [];
  for (const list of Object.values(interfaces)) {
    for (const a of list ?? []) {
      // Node 18.0–18.3 reported family as a number.
      if ((a.family === 'IPv4' || a.family === 4) && !a.internal && !out.includes(a.address)) out.push(a.address);
    }
  }
  return out;
}

/**
 * App URLs for host names or addresses on a port.
 * @param {string[]} hosts @param {number} port @param {boolean} https
 */
export function roomUrls(hosts, port, https) {
  return hosts.map((h) => `${https ? 'https' : 'http'}://${h}:${port}/`);
}

/**
 * A terminal QR code of `url`: coloured blocks on a terminal, half-height characters when piped.
 * @param {string} url
 */
export function terminalQr(url, tty = process.stdout.isTTY) {
  return tty ? renderANSI(url, { ecc: 'M', border: 2 }) : renderUnicodeCompact(url, { ecc: 'M', border: 2 });
}
