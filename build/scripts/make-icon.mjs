// Draws build/icon.png (512×512), the installers' icon: the same ledger page on a
// red tile as renderer/public/favicon.svg. Kept as code so the icon can be redrawn
// without an image editor: `node build/scripts/make-icon.mjs`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const scale = SIZE / 64;
const RED = [196, 29, 29, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

// Shapes from favicon.svg, in its 64-unit grid: [x, y, width, height, radius, colour].
const SHAPES = [
  [0, 0, 64, 64, 12, RED],
  [16, 12, 32, 40, 3, WHITE],
  [21, 20, 22, 3, 0, RED],
  [21, 28, 22, 3, 0, RED],
  [21, 36, 14, 3, 0, RED],
];

function inside(px, py, [x, y, w, h, r]) {
  if (px < x || py < y || px >= x + w || py >= y + h) return false;
  const cx = Math.min(Math.max(px, x + r), x + w - r);
  const cy = Math.min(Math.max(py, y + r), y + h - r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let row = 0; row < SIZE; row++) {
  raw[row * (SIZE * 4 + 1)] = 0; // PNG filter: none
  for (let col = 0; col < SIZE; col++) {
    const px = (col + 0.5) / scale;
    const py = (row + 0.5) / scale;
    let colour = CLEAR;
    for (const shape of SHAPES) if (inside(px, py, shape)) colour = shape[5];
    raw.set(colour, row * (SIZE * 4 + 1) + 1 + col * 4);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../icon.png', import.meta.url), png);
console.log(`build/icon.png: ${png.length} bytes`);
