/**
 * Draws the add-in's icons (assets/icon-16.png, -32, -64, -80): a rounded green tile with three white
 * bars (indicator scores) and an amber line across them (the threshold). Pure Node: shapes are rasterised
 * with 8x8 supersampling per pixel, then written as RGBA PNG with zlib. Run: npx tsx scripts/icons/make-icons.ts
 */
import { writeFileSync, mkdirSync } from "fs";
import { join } from "path";
import { deflateSync } from "zlib";

type RGBA = [number, number, number, number];
/** A shape: is the point (x, y) in unit coordinates 0..1 inside? */
type Shape = { color: RGBA; inside: (x: number, y: number) => boolean };

const GREEN: RGBA = [0x1d, 0x6f, 0x42, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const AMBER: RGBA = [0xff, 0xb9, 0x00, 255];

function roundRect(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  r: number
): (x: number, y: number) => boolean {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function shapesFor(size: number): Shape[] {
  // Snap bar edges to the pixel grid of this size so that small icons stay crisp.
  const s = (v: number): number => Math.round(v * size) / size;
  const pad = size <= 16 ? 0 : 0.03;
  const base = s(0.8);
  const barW = s(0.16) || 1 / size;
  const xs = [s(0.17), s(0.42), s(0.67)];
  const tops = [s(0.52), s(0.36), s(0.2)];
  const lineY0 = s(0.42);
  const lineH = Math.max(s(0.07), 1 / size);
  const shapes: Shape[] = [
    { color: GREEN, inside: roundRect(pad, pad, 1 - pad, 1 - pad, size <= 16 ? 0.12 : 0.16) },
  ];
  xs.forEach((x, i) =>
    shapes.push({
      color: WHITE,
      inside: roundRect(x, tops[i], x + barW, base, size <= 16 ? 0 : 0.02),
    })
  );
  shapes.push({
    color: AMBER,
    inside: (x, y) => x >= s(0.1) && x <= s(0.9) && y >= lineY0 && y < lineY0 + lineH,
  });
  return shapes;
}

function render(size: number): Buffer {
  const shapes = shapesFor(size);
  const N = 8;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < N; sy++) {
        for (let sx = 0; sx < N; sx++) {
          const x = (px + (sx + 0.5) / N) / size;
          const y = (py + (sy + 0.5) / N) / size;
          let c: RGBA = [0, 0, 0, 0];
          for (const sh of shapes) if (sh.inside(x, y)) c = sh.color;
          const a = c[3] / 255;
          acc[0] += c[0] * a;
          acc[1] += c[1] * a;
          acc[2] += c[2] * a;
          acc[3] += a;
        }
      }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      const alpha = acc[3] / (N * N);
      raw[o] = alpha ? Math.round(acc[0] / acc[3]) : 0;
      raw[o + 1] = alpha ? Math.round(acc[1] / acc[3]) : 0;
      raw[o + 2] = alpha ? Math.round(acc[2] / acc[3]) : 0;
      raw[o + 3] = Math.round(alpha * 255);
    }
  }
  return png(size, size, raw);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(w: number, h: number, raw: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const out = join(__dirname, "..", "..", "assets");
mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80]) {
  writeFileSync(join(out, `icon-${size}.png`), render(size));
  process.stdout.write(`assets/icon-${size}.png\n`);
}
