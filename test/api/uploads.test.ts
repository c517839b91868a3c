/**
 * POST /uploads judges a file by its decodable header (JPEG or PNG of sane dimensions), never by
 * its name or declared type, through real HTTP against the built server.
 */
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../support/graphql';
import { createTestDatabase, driverName, startTestServer, type TestDatabase, type TestServer } from '../support/server';

let database: TestDatabase;
let server: TestServer;
let url: string;
const tokens: Record<string, string> = {};

/** certification.material.maxBytes as seeded (200 KB). */
const MAX_BYTES = 204_800;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  url = server.url;
  for (const role of ['admin', 'analyst', 'publisher']) tokens[role] = await signIn(url, `${role}@example.com`);
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real RGBA PNG of white pixels (pixel data for small ones only: the header is what is judged). */
function png(width = 1, height = 1): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const rows = width * height <= 64 ? height : 0;
  const raw = Buffer.alloc(rows * (1 + width * 4), 0xff);
  for (let row = 0; row < rows; row += 1) raw[row * (1 + width * 4)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A real grey baseline JPEG (1×1 decodes; larger ones have a valid header and one block of data). */
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
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
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

/** Pads an image with zeros after its end, to an exact size. */
const padded = (image: Buffer, bytes: number) => Buffer.concat([image, Buffer.alloc(bytes - image.length)]);

interface Refusal {
  message: string;
  extensions: { code: string; reason?: string };
}

async function upload(
  data: Buffer,
  { name = 'id.png', type = 'image/png', token = tokens.admin, headers = {} as Record<string, string> } = {},
) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)], { type }), name);
  const response = await fetch(`${url}/uploads`, {
    method: 'POST',
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: form,
  });
  const body = (await response.json()) as { id?: string; contentType?: string; bytes?: number; errors?: Refusal[] };
  return { status: response.status, body, error: body.errors?.[0] };
}

describe(`uploads judged by a decodable header (${driverName})`, () => {
  it('accepts a real PNG and a real JPEG and serves each back with the type its bytes show', async () => {
    for (const [image, contentType] of [
      [png(), 'image/png'],
      [jpeg(), 'image/jpeg'],
      [jpeg(1200, 800), 'image/jpeg'],
    ] as const) {
      const stored = await upload(image, { token: tokens.publisher });
      expect(stored).toMatchObject({ status: 201, body: { id: expect.any(String), contentType, bytes: image.length } });
      const served = await fetch(`${url}/uploads/${stored.body.id}`, {
        headers: { authorization: `Bearer ${tokens.publisher}` },
      });
      expect(served.headers.get('content-type')).toBe(contentType);
      expect(Buffer.from(await served.arrayBuffer()).equals(image)).toBe(true);
    }
  });

  it('never lets the declared type or the file name decide', async () => {
    // A real PNG called a GIF is stored as the PNG it is.
    expect(await upload(png(), { name: 'photo.gif', type: 'image/gif' })).toMatchObject({
      status: 201,
      body: { contentType: 'image/png' },
    });
    expect(await upload(jpeg(), { name: 'scan', type: 'application/octet-stream' })).toMatchObject({
      status: 201,
      body: { contentType: 'image/jpeg' },
    });
    // A GIF, a WebP and an SVG called PNGs are refused.
    const gif = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
    const webp = Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><script>1</script></svg>');
    for (const other of [gif, webp, svg]) {
      const refused = await upload(other, { name: 'id.png', type: 'image/png' });
      expect(refused.status).toBe(415);
      expect(refused.error).toMatchObject({
        message: expect.stringContaining('Only JPEG and PNG'),
        extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', reason: 'NOT_AN_IMAGE' },
      });
    }
  });

  it('refuses magic bytes without a header behind them: garbage, truncation, zero dimensions', async () => {
    const unreadable = [
      Buffer.concat([png().subarray(0, 8), Buffer.alloc(5000)]),
      Buffer.concat([png().subarray(0, 8), Buffer.from('<html><script>alert(1)</script></html>')]),
      png(4, 4).subarray(0, 24),
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...new Array(5000).fill(0)]),
      jpeg(10, 10).subarray(0, 100),
      png(0, 5),
      jpeg(5, 0),
    ];
    for (const file of unreadable) {
      const refused = await upload(file);
      expect(refused.status).toBe(415);
      expect(refused.error?.extensions).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE', reason: 'UNREADABLE_IMAGE' });
      expect(refused.error?.message).toMatch(/header cannot be read/);
    }
  });

  it('refuses dimensions past the bound, in a file well within the byte limit', async () => {
    const refused = await upload(png(20_001, 1));
    expect(refused.status).toBe(415);
    expect(refused.error).toEqual({
      message: expect.stringContaining('20001 × 1 px'),
      extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', reason: 'IMAGE_TOO_LARGE_DIMENSIONS' },
    });
    expect((await upload(jpeg(65_535, 65_535))).error?.extensions.reason).toBe('IMAGE_TOO_LARGE_DIMENSIONS');
    expect((await upload(png(20_000, 2_500))).status).toBe(201);
  });

  it('accepts exactly the rule’s size and refuses one byte more with TOO_LARGE', async () => {
    expect(await upload(padded(png(), MAX_BYTES))).toMatchObject({ status: 201, body: { bytes: MAX_BYTES } });
    expect(await upload(padded(jpeg(), MAX_BYTES))).toMatchObject({ status: 201, body: { bytes: MAX_BYTES } });
    const over = await upload(padded(png(), MAX_BYTES + 1));
    expect(over.status).toBe(413);
    expect(over.error?.extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE', reason: 'FILE_TOO_LARGE' });
    // Too large is judged before content: a huge non-image is 413 too.
    expect((await upload(Buffer.alloc(MAX_BYTES + 1))).status).toBe(413);
  });

  it('refuses another site’s page and analysts with 403, strangers with 401', async () => {
    const evil = await upload(png(), { headers: { origin: 'https://evil.example' } });
    expect(evil.status).toBe(403);
    expect(evil.error?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'CROSS_SITE' });
    expect((await upload(png(), { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    expect((await upload(png(), { headers: { origin: url } })).status).toBe(201);
    const analyst = await upload(png(), { token: tokens.analyst });
    expect(analyst.status).toBe(403);
    expect(analyst.error?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'READ_ONLY_ROLE' });
    expect((await upload(png(), { token: '' })).status).toBe(401);
  });

  it('keeps answering after every refusal', async () => {
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
  });
});
