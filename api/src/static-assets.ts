import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { constants as zlibConstants } from 'node:zlib';
import compression from 'compression';
import type { RequestHandler } from 'express';
import expressStaticGzip from 'express-static-gzip';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Cache-Control of the admin's files. Vite names everything under /assets/ by its content hash,
 * so a deploy gives new names: those are cached for a year and never revalidated. Anything else
 * (the HTML pages, unhashed files) is revalidated on every use, so a deploy is picked up at once.
 */
export function cacheControlFor(filePath: string): string {
  const segments = filePath.split(path.sep);
  return segments.at(-2) === 'assets' ? IMMUTABLE : 'no-cache';
}

/**
 * The admin's built files (admin/dist), served from the brotli or gzip copies vite made beside them
 * at build time (vite-plugin-compression2), with Content-Encoding and Vary: Accept-Encoding;
 * the original when the client accepts neither. No index: the SPA's pages are answered by server.ts.
 */
export function adminAssets(adminDir: string): RequestHandler {
  return expressStaticGzip(adminDir, {
    index: false,
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    serveStatic: {
      index: false,
      // Set by setHeaders below (serve-static's maxAge would add its own max-age).
      cacheControl: false,
      setHeaders: (res: ServerResponse, filePath: string) => {
        res.setHeader('Cache-Control', cacheControlFor(filePath));
      },
    },
  });
}

/**
 * The admin's hashed files under /assets/ (scripts, styles, fonts), mounted before the security
 * headers: the page-level ones (Content-Security-Policy, X-Frame-Options, COOP, Referrer-Policy…)
 * govern documents and mean nothing on a script or a stylesheet, yet cost about 1 KB per response,
 * and the first screen loads some sixty of these files. What does apply to a subresource stays:
 * nosniff and Cross-Origin-Resource-Policy. No ETag or Last-Modified: an immutable file is never
 * revalidated.
 */
export function hashedAdminAssets(assetsDir: string): RequestHandler {
  return expressStaticGzip(assetsDir, {
    index: false,
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    serveStatic: {
      index: false,
      fallthrough: true,
      cacheControl: false,
      etag: false,
      lastModified: false,
      setHeaders: (res: ServerResponse) => {
        res.setHeader('Cache-Control', IMMUTABLE);
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
      },
    },
  });
}

/**
 * Compression of dynamic answers (GraphQL JSON, the HTML pages, CSV and JSON exports) above 1 KB,
 * brotli or gzip as the client prefers. Streams stay streams: the CSV export writes row by row and
 * the compressor emits as its buffer fills. Files served precompressed already carry their
 * Content-Encoding and are left alone.
 */
export function dynamicCompression(): RequestHandler {
  return compression({
    threshold: 1024,
    // Brotli at a moderate quality: level 11 costs far more CPU per request than it saves.
    brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
  });
}
