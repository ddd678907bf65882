/**
 * Draws the toolbar icon at every size the stores ask for (public/icon/<size>.png): a dark rounded
 * square with a white tick over a red bar. Run once after changing the design; the PNGs are committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const distanceToSegment = (px: number, py: number, [ax, ay]: number[], [bx, by]: number[]) => {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
};

/** Colour of a point in unit coordinates (0..1), or null outside the shape. */
function shade(u: number, v: number): [number, number, number] | null {
  const r = 0.2;
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  if (Math.hypot(u - cx, v - cy) > r) return null;
  const tick = Math.min(distanceToSegment(u, v, [0.22, 0.47], [0.42, 0.66]), distanceToSegment(u, v, [0.42, 0.66], [0.79, 0.26]));
  if (tick < 0.085) return [255, 255, 255];
  if (v > 0.78 && v < 0.86 && u > 0.2 && u < 0.8) return [239, 68, 68];
  return [29, 43, 58];
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) {
  const samples = 4;
  const image = png(size, (x, y) => {
    let covered = 0;
    const sum = [0, 0, 0];
    for (let sy = 0; sy < samples; sy++) {
      for (let sx = 0; sx < samples; sx++) {
        const colour = shade((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
        if (!colour) continue;
        covered++;
        colour.forEach((c, i) => (sum[i] += c));
      }
    }
    if (!covered) return [0, 0, 0, 0];
    return [Math.round(sum[0] / covered), Math.round(sum[1] / covered), Math.round(sum[2] / covered), Math.round((255 * covered) / samples ** 2)];
  });
  writeFileSync(`public/icon/${size}.png`, image);
}
console.log(`icons: wrote public/icon/{${SIZES.join(',')}}.png`);
