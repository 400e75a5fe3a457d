#!/usr/bin/env node
// Draws Kvot's add-in icons (assets/icon-16/32/64/80.png) without any image library:
// an Excel-green rounded square holding a white pie with one gold slice pulled out,
// i.e. "a share of the whole". Pixels are supersampled 4x4 for smooth edges and written
// as RGBA PNGs with zlib. The PNGs are committed; rerun only to change the design.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ICON_SIZES } from './manifest-checks.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const GREEN = [16, 124, 65, 255]; // Excel brand green #107C41
const WHITE = [255, 255, 255, 255];
const GOLD = [255, 185, 0, 255]; // #FFB900
const CLEAR = [0, 0, 0, 0];

// The design in unit coordinates (0..1), y downwards.
const PIE_CENTER = { x: 0.46, y: 0.54 };
const PIE_RADIUS = 0.3;
const SLICE_FROM = -Math.PI / 2; // 12 o'clock
const SLICE_TO = 0; // 3 o'clock: a quarter, like one region's share
const SLICE_SHIFT = 0.07; // how far the slice is pulled out along its bisector

function insideRoundedSquare(x, y) {
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= 0 && x <= 1 && y >= 0 && y <= 1;
}

function inSector(x, y, cx, cy, from, to) {
  const dx = x - cx;
  const dy = y - cy;
  if (dx * dx + dy * dy > PIE_RADIUS * PIE_RADIUS) return false;
  const angle = Math.atan2(dy, dx);
  return angle >= from && angle <= to;
}

function colourAt(x, y) {
  if (!insideRoundedSquare(x, y)) return CLEAR;
  const mid = (SLICE_FROM + SLICE_TO) / 2;
  const sx = PIE_CENTER.x + Math.cos(mid) * SLICE_SHIFT;
  const sy = PIE_CENTER.y + Math.sin(mid) * SLICE_SHIFT;
  if (inSector(x, y, sx, sy, SLICE_FROM, SLICE_TO)) return GOLD;
  // The rest of the pie: everything outside the quarter that was pulled out.
  if (inSector(x, y, PIE_CENTER.x, PIE_CENTER.y, -Math.PI, SLICE_FROM)) return WHITE;
  if (inSector(x, y, PIE_CENTER.x, PIE_CENTER.y, SLICE_TO, Math.PI)) return WHITE;
  return GREEN;
}

export function renderIcon(size) {
  const samples = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          // Premultiply so transparent samples do not darken the edge colour.
          sum[0] += c[0] * c[3];
          sum[1] += c[1] * c[3];
          sum[2] += c[2] * c[3];
          sum[3] += c[3];
        }
      }
      const o = (py * size + px) * 4;
      const alpha = sum[3] / (samples * samples);
      rgba[o] = sum[3] ? Math.round(sum[0] / sum[3]) : 0;
      rgba[o + 1] = sum[3] ? Math.round(sum[1] / sum[3]) : 0;
      rgba[o + 2] = sum[3] ? Math.round(sum[2] / sum[3]) : 0;
      rgba[o + 3] = Math.round(alpha);
    }
  }
  return encodePng(size, size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  // Each scanline starts with filter type 0 (none).
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = path.join(root, 'assets');
  mkdirSync(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    writeFileSync(file, renderIcon(size));
    console.log(`wrote ${path.relative(root, file)}`);
  }
}
