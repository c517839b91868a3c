import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { judgeImage, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE } from './image-judge';

// Fixtures are written out byte by byte here, so the test shows what each one is.

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real PNG (8-bit RGBA or RGB): signature, IHDR, one IDAT of white pixels, IEND. */
function png(width = 1, height = 1, { depth = 8, colour = 6 } = {}): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([depth, colour, 0, 0, 0], 8);
  // Pixels only for small images: the header is what is judged. Each row: filter 0, then pixels.
  const rows = width * height <= 64 ? height : 0;
  const rowBytes = 1 + width * (colour === 6 ? 4 : 3);
  const raw = Buffer.alloc(rows * rowBytes, 0xff);
  for (let row = 0; row < rows; row += 1) raw[row * rowBytes] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A real 1×1 grey baseline JPEG (djpeg decodes it): SOI, DQT, SOF0, a DC and an AC Huffman table
 * with one 1-bit code each, SOS, two bits of data (DC difference 0, end of block), EOI.
 */
function jpeg(width = 1, height = 1): Buffer {
  const segment = (marker: number, body: number[]) => [
    0xff,
    marker,
    (body.length + 2) >> 8,
    (body.length + 2) & 0xff,
    ...body,
  ];
  const huffman = (tableClass: number) => [tableClass << 4, 1, ...new Array(15).fill(0), 0];
  return Buffer.from([
    0xff,
    0xd8,
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]), // APP0 "JFIF"
    ...segment(0xdb, [0, ...new Array(64).fill(1)]),
    ...segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]),
    ...segment(0xc4, huffman(0)),
    ...segment(0xc4, huffman(1)),
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    0b0011_1111,
    0xff,
    0xd9,
  ]);
}

const refusal = (bytes: Uint8Array) => {
  const judged = judgeImage(bytes);
  return judged.ok ? 'ACCEPTED' : judged.reason;
};

describe('judgeImage', () => {
  it('accepts a real 1×1 PNG and a real 1×1 JPEG, with their dimensions', () => {
    expect(judgeImage(png())).toEqual({ ok: true, contentType: 'image/png', width: 1, height: 1 });
    expect(judgeImage(jpeg())).toEqual({ ok: true, contentType: 'image/jpeg', width: 1, height: 1 });
    expect(judgeImage(png(640, 480, { colour: 2 }))).toMatchObject({ ok: true, width: 640, height: 480 });
    expect(judgeImage(jpeg(3000, 4000))).toMatchObject({ ok: true, width: 3000, height: 4000 });
  });

  it('accepts padding after the image: only the header is judged', () => {
    expect(refusal(Buffer.concat([png(), Buffer.alloc(10_000)]))).toBe('ACCEPTED');
    expect(refusal(Buffer.concat([jpeg(), Buffer.alloc(10_000)]))).toBe('ACCEPTED');
  });

  it('judges a Buffer cut from a larger pool by its own bytes only', () => {
    // A header cut short inside a pooled Buffer, the rest of the image right after it in the pool:
    // image-size alone, given this Buffer, reads on into the pool and answers 7 × 9.
    const pool = Buffer.concat([png(7, 9)]);
    expect(pool.buffer.byteLength).toBeGreaterThan(pool.length);
    expect(refusal(pool.subarray(0, 20))).toBe('UNREADABLE_IMAGE');
    expect(refusal(Buffer.from(jpeg(5, 5)).subarray(0, 20))).toBe('UNREADABLE_IMAGE');
  });

  it('refuses PNG magic bytes followed by garbage or a damaged header', () => {
    const magic = png().subarray(0, 8);
    expect(refusal(Buffer.concat([magic, Buffer.alloc(1000)]))).toBe('UNREADABLE_IMAGE');
    expect(refusal(Buffer.concat([magic, Buffer.from('<script>alert(1)</script>'.repeat(10))]))).toBe(
      'UNREADABLE_IMAGE',
    );
    const flipped = png(4, 4);
    // One flipped dimension bit: image-size alone reads 260 × 4, but the IHDR checksum no longer matches.
    flipped[18] = (flipped[18] ?? 0) ^ 0x01;
    expect(refusal(flipped)).toBe('UNREADABLE_IMAGE');
    expect(refusal(png(1, 1, { depth: 3, colour: 6 }))).toBe('UNREADABLE_IMAGE');
  });

  it('refuses JPEG magic bytes followed by garbage or a broken segment chain', () => {
    expect(refusal(Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...new Array(1000).fill(0)]))).toBe('UNREADABLE_IMAGE');
    // Garbage between segments.
    const good = jpeg(10, 10);
    const dqtAt = good.indexOf(Buffer.from([0xff, 0xdb]));
    const spliced = Buffer.concat([good.subarray(0, dqtAt), Buffer.from('junk'), good.subarray(dqtAt)]);
    expect(refusal(spliced)).toBe('UNREADABLE_IMAGE');
    // Image data before any frame header.
    expect(refusal(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 1, 1, 0, 0, 63, 0, 0xff, 0xd9]))).toBe(
      'UNREADABLE_IMAGE',
    );
    // A lossless (SOF3) frame: a JPEG, but not one a browser shows.
    const lossless = jpeg(2, 2);
    lossless[lossless.indexOf(Buffer.from([0xff, 0xc0])) + 1] = 0xc3;
    expect(refusal(lossless)).toBe('UNREADABLE_IMAGE');
  });

  it('refuses truncated headers at every length', () => {
    const whole = [png(3, 2), jpeg(3, 2)];
    for (const image of whole) {
      const headerEnd = image === whole[0] ? 33 : image.indexOf(Buffer.from([0xff, 0xc4]));
      for (let cut = 0; cut < headerEnd; cut += 1) {
        expect(refusal(image.subarray(0, cut)), `cut at ${cut}`).not.toBe('ACCEPTED');
      }
    }
    expect(refusal(Buffer.alloc(0))).toBe('NOT_AN_IMAGE');
  });

  it('refuses zero dimensions', () => {
    expect(refusal(png(0, 1))).toBe('UNREADABLE_IMAGE');
    expect(refusal(png(1, 0))).toBe('UNREADABLE_IMAGE');
    expect(refusal(jpeg(0, 10))).toBe('UNREADABLE_IMAGE');
    expect(refusal(jpeg(10, 0))).toBe('UNREADABLE_IMAGE');
  });

  it(`refuses more than ${MAX_IMAGE_SIDE} px a side or ${MAX_IMAGE_PIXELS} pixels`, () => {
    expect(refusal(png(MAX_IMAGE_SIDE, 2))).toBe('ACCEPTED');
    expect(refusal(png(MAX_IMAGE_SIDE + 1, 1))).toBe('IMAGE_TOO_LARGE_DIMENSIONS');
    expect(refusal(png(1, MAX_IMAGE_SIDE + 1))).toBe('IMAGE_TOO_LARGE_DIMENSIONS');
    expect(refusal(png(2 ** 31 - 1, 2 ** 31 - 1))).toBe('IMAGE_TOO_LARGE_DIMENSIONS');
    expect(refusal(jpeg(65535, 65535))).toBe('IMAGE_TOO_LARGE_DIMENSIONS');
    expect(refusal(png(10_000, 5_000))).toBe('ACCEPTED');
    expect(refusal(png(10_000, 5_001))).toBe('IMAGE_TOO_LARGE_DIMENSIONS');
    const judged = judgeImage(jpeg(20_001, 10));
    expect(judged).toMatchObject({ ok: false, message: expect.stringContaining('20001 × 10 px') });
  });

  it('refuses other formats whatever they are called: GIF, WebP, SVG, text', () => {
    const gif = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
    const webp = Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script/></svg>');
    for (const other of [gif, webp, svg, Buffer.from('%PDF-1.7\n'), Buffer.from('hello')]) {
      expect(refusal(other)).toBe('NOT_AN_IMAGE');
    }
    expect(judgeImage(gif)).toMatchObject({ message: expect.stringContaining('Only JPEG and PNG') });
  });
});
