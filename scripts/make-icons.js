/**
 * Writes the add-in's icons (assets/icon-16.png … icon-80.png): a green square with a white
 * check mark, drawn pixel by pixel and encoded as PNG with zlib — no image library, no network.
 * Run `node scripts/make-icons.js`; the PNGs are committed.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];

const CRC_TABLE = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

function crc32(buf) {
  let c = -1;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** PNG bytes of an RGBA image given as a function (x, y) → [r, g, b, a]. */
function encodePng(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function iconPixel(size) {
  const radius = size * 0.18;
  const stroke = Math.max(1.2, size * 0.09);
  // check mark in unit coordinates
  const a = [0.24, 0.52];
  const b = [0.43, 0.7];
  const c = [0.77, 0.3];
  return (x, y) => {
    const px = x + 0.5;
    const py = y + 0.5;
    // rounded square mask
    const qx = Math.max(radius - px, 0, px - (size - radius));
    const qy = Math.max(radius - py, 0, py - (size - radius));
    if (Math.hypot(qx, qy) > radius) return [0, 0, 0, 0];
    const d = Math.min(
      distToSegment(px, py, a[0] * size, a[1] * size, b[0] * size, b[1] * size),
      distToSegment(px, py, b[0] * size, b[1] * size, c[0] * size, c[1] * size),
    );
    if (d <= stroke / 2) return [255, 255, 255, 255];
    return [0x21, 0x73, 0x46, 255]; // Excel green
  };
}

function main() {
  const dir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, iconPixel(size)));
    console.log(`wrote ${file}`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, SIZES };
