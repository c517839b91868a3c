import { crc32 } from 'node:zlib';
import { imageSize } from 'image-size';

/**
 * The largest image accepted, per side and in total. No photo or scan of a document comes near
 * 20,000 px a side (an A4 page at 1200 dpi is about 9,900 × 14,000 px), and the area bound keeps
 * what a reviewer's browser must decode under 200 MB (RGBA): a few hundred kilobytes of PNG may
 * otherwise declare gigapixels of filler (a decompression bomb aimed at the reviewers).
 */
export const MAX_IMAGE_SIDE = 20_000;
export const MAX_IMAGE_PIXELS = 50_000_000;

export type ImageRefusalReason = 'NOT_AN_IMAGE' | 'UNREADABLE_IMAGE' | 'IMAGE_TOO_LARGE_DIMENSIONS';

export type ImageJudgement =
  | { ok: true; contentType: 'image/jpeg' | 'image/png'; width: number; height: number }
  | { ok: false; reason: ImageRefusalReason; message: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Judges an upload by its own bytes, never by its name or declared type: a JPEG or PNG whose
 * header decodes to 1…MAX_IMAGE_SIDE px a side and at most MAX_IMAGE_PIXELS. image-size reads
 * the dimensions; the header's structure is checked here as well, because image-size checks
 * little (no PNG checksum or field values, JPEG segments loosely), and the two must agree.
 * Everything else is refused with a reason. Only the header is read: the server never decodes
 * the pixels.
 */
export function judgeImage(bytes: Uint8Array): ImageJudgement {
  const kind = signatureOf(bytes);
  if (!kind) {
    return {
      ok: false,
      reason: 'NOT_AN_IMAGE',
      message: 'Only JPEG and PNG images are accepted, and this file is neither (judged by its content, not its name).',
    };
  }
  const label = kind === 'png' ? 'PNG' : 'JPEG';
  const unreadable = (detail: string): ImageJudgement => ({
    ok: false,
    reason: 'UNREADABLE_IMAGE',
    message: `The file starts like a ${label} image but its header cannot be read (${detail}). Save it again as JPEG or PNG.`,
  });

  const structure = kind === 'png' ? pngHeader(bytes) : jpegFrame(bytes);
  if (typeof structure === 'string') return unreadable(structure);

  let size: { width: number; height: number; type?: string };
  try {
    // A copy whose ArrayBuffer ends where the file ends: image-size reads through DataViews on
    // `input.buffer`, and a pooled Buffer's ArrayBuffer runs on past the file into other memory.
    size = imageSize(new Uint8Array(bytes));
  } catch {
    return unreadable('no dimensions found');
  }
  if (size.type !== (kind === 'png' ? 'png' : 'jpg')) return unreadable('not a plain image of its kind');
  const { width, height } = size;
  if (width !== structure.width || height !== structure.height) return unreadable('its dimensions disagree');
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    return unreadable(`it declares ${width} × ${height} px`);
  }
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS) {
    return {
      ok: false,
      reason: 'IMAGE_TOO_LARGE_DIMENSIONS',
      message: `The image is ${width} × ${height} px; at most ${MAX_IMAGE_SIDE} px a side and ${MAX_IMAGE_PIXELS / 1_000_000} megapixels are accepted.`,
    };
  }
  return { ok: true, contentType: kind === 'png' ? 'image/png' : 'image/jpeg', width, height };
}

function signatureOf(bytes: Uint8Array): 'png' | 'jpeg' | null {
  if (bytes.length >= 8 && PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return null;
}

const u16 = (bytes: Uint8Array, at: number) => ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
const u32 = (bytes: Uint8Array, at: number) => u16(bytes, at) * 0x10000 + u16(bytes, at + 2);

/** PNG: the signature, then an IHDR chunk of 13 bytes whose fields are legal and whose CRC matches. */
function pngHeader(bytes: Uint8Array): { width: number; height: number } | string {
  // signature 8 + length 4 + "IHDR" 4 + data 13 + CRC 4
  if (bytes.length < 33) return 'it ends inside the header';
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== 'IHDR' || u32(bytes, 8) !== 13) return 'the first chunk is not a header';
  if (crc32(bytes.subarray(12, 29)) !== u32(bytes, 29)) return 'the header’s checksum does not match';
  const depth = bytes[24] ?? 0;
  const colour = bytes[25] ?? 0;
  const depths: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
  if (!depths[colour]?.includes(depth)) return 'an impossible colour type or bit depth';
  if (bytes[26] !== 0 || bytes[27] !== 0 || (bytes[28] !== 0 && bytes[28] !== 1)) return 'unknown compression';
  return { width: u32(bytes, 16), height: u32(bytes, 20) };
}

/**
 * JPEG: from the start-of-image marker, a chain of well-formed segments (each within the file) up
 * to a baseline, extended or progressive frame header (SOF0–SOF2, what browsers display) whose
 * length matches its component count.
 */
function jpegFrame(bytes: Uint8Array): { width: number; height: number } | string {
  let at = 2;
  for (;;) {
    if (at >= bytes.length) return 'it ends before the frame header';
    if (bytes[at] !== 0xff) return 'bytes between segments';
    while (bytes[at] === 0xff) at += 1; // fill bytes may precede a marker
    const marker = bytes[at];
    at += 1;
    if (marker === undefined) return 'it ends before the frame header';
    if (marker === 0x01) continue; // TEM: no length
    if (marker === 0x00 || marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7)) return 'a misplaced marker';
    if (marker === 0xd9 || marker === 0xda) return 'no frame header before the image data';
    if (at + 2 > bytes.length) return 'it ends inside a segment';
    const length = u16(bytes, at);
    if (length < 2 || at + length > bytes.length) return 'a segment runs past the end of the file';
    if (marker >= 0xc0 && marker <= 0xc2) {
      const components = bytes[at + 7] ?? 0;
      if (components < 1 || components > 4 || length !== 8 + 3 * components) return 'a malformed frame header';
      return { height: u16(bytes, at + 3), width: u16(bytes, at + 5) };
    }
    if (marker < 0xc0) return 'an unknown marker';
    // Lossless, hierarchical and arithmetic-coded frames: valid JPEG, but browsers do not show them.
    if (marker >= 0xc3 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return 'a kind of JPEG browsers cannot display';
    at += length;
  }
}
