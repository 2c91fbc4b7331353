// Draws the app icons (a rising bar chart on the brand teal) as PNGs with no
// dependencies, so the icons can be regenerated anywhere: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, padFraction) {
  const bg = [15, 61, 62], fg = [250, 214, 120], light = [251, 250, 247];
  const raw = Buffer.alloc((size * 3 + 1) * size);
  const pad = size * padFraction;
  const bars = [0.35, 0.55, 0.8];
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let col = bg;
      const inner = size - 2 * pad;
      const u = (x - pad) / inner, v = 1 - (y - pad) / inner;
      for (let b = 0; b < 3; b++) {
        const x0 = 0.14 + b * 0.27;
        if (u >= x0 && u < x0 + 0.18 && v >= 0.14 && v < 0.14 + bars[b] * 0.8) col = b === 2 ? fg : light;
      }
      raw.set(col, y * (size * 3 + 1) + 1 + x * 3);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

writeFileSync('public/icons/icon-192.png', png(192, 0.1));
writeFileSync('public/icons/icon-512.png', png(512, 0.1));
writeFileSync('public/icons/icon-maskable-512.png', png(512, 0.2));
writeFileSync(
  'public/icons/favicon.svg',
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0f3d3e"/><rect x="6" y="18" width="5" height="8" fill="#fbfaf7"/><rect x="13.5" y="13" width="5" height="13" fill="#fbfaf7"/><rect x="21" y="7" width="5" height="19" fill="#fad678"/></svg>\n`,
);
