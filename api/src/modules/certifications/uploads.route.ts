import busboy from 'busboy';
import { eq } from 'drizzle-orm';
import { type Request, Router } from 'express';
import { isCrossSite, mayReadUpload, mayWrite } from '../../access/rest';
import { isStaff } from '../../access/viewer';
import { systemClock } from '../../common/clock';
import { type AnyCode, type AnyReason, sendRefusal } from '../../common/errors';
import { parseGlobalId, toGlobalId } from '../../common/ids';
import { log } from '../../common/log';
import { requestFence } from '../../common/write-fence';
import type { Viewer } from '../../context';
import { type Db, fencedDb } from '../../db/client';
import { uploads } from '../../db/schema';
import { integerAt } from '../rules/rules.service';
import { judgeImage } from './image-judge';

/**
 * POST /uploads (multipart, field `file`, signed in) → 201 {id, contentType, bytes}; 413 above
 * certification.material.maxBytes, 415 unless a JPEG or PNG whose header decodes to sane dimensions
 * (image-judge.ts; the declared type and the file name never decide). GET /uploads/:id serves it back to its
 * owner and staff only. Files live in the database: shared by every API process, never executable.
 */
export function uploadsRouter(pool: Db, viewerOf: (req: Request) => Promise<Viewer | null>): Router {
  const router = Router();

  router.post('/', async (req, res) => {
    // Behind the request deadline's fence: no upload stored after the client was told it was not.
    const db = fencedDb(pool, requestFence(res));
    const viewer = await viewerOf(req);
    if (!viewer) return sendRefusal(res, 401, 'UNAUTHENTICATED', 'NOT_SIGNED_IN', 'Sign in to upload material.');
    if (!mayWrite(viewer))
      return sendRefusal(res, 403, 'FORBIDDEN', 'READ_ONLY_ROLE', 'Analysts only read: uploading changes data.');
    if (isCrossSite(req))
      return sendRefusal(res, 403, 'FORBIDDEN', 'CROSS_SITE', 'Uploads are accepted from OAP’s own pages only.');
    if (!req.is('multipart/form-data'))
      return sendRefusal(
        res,
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'NOT_MULTIPART',
        'Send the file as multipart/form-data, field "file".',
      );
    const maxBytes = await integerAt(db, 'certification.material.maxBytes', systemClock.now());
    let parser: busboy.Busboy;
    try {
      // One byte over the rule marks a file as too large: a file of exactly the rule's size is accepted.
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes + 1, fields: 5, parts: 6 } });
    } catch {
      return sendRefusal(res, 400, 'BAD_REQUEST', 'MALFORMED_MULTIPART', 'The multipart body could not be read.');
    }
    let answered = false;
    const answer = <C extends AnyCode>(
      status: number,
      code: C,
      reason: AnyReason<C>,
      message: string,
      details: Record<string, unknown> = {},
    ) => {
      if (answered) return;
      answered = true;
      sendRefusal(res, status, code, reason, message, details);
      req.unpipe(parser);
      req.resume();
    };
    const tooLarge = () =>
      answer(
        413,
        'PAYLOAD_TOO_LARGE',
        'FILE_TOO_LARGE',
        `Material may be at most ${maxBytes} bytes (${Math.round(maxBytes / 1024)} KB).`,
      );
    let received: Promise<void> | null = null;
    parser.on('file', (field, stream) => {
      if (field !== 'file') {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      received = new Promise<void>((resolve) => {
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          chunks.push(chunk);
        });
        stream.on('limit', () => {
          tooLarge();
          stream.resume();
        });
        stream.on('end', async () => {
          if (answered) return resolve();
          if (size > maxBytes) {
            tooLarge();
            return resolve();
          }
          const data = Buffer.concat(chunks, size);
          // The uploads table has no columns for the dimensions: they are checked, not stored.
          const judged = judgeImage(data);
          if (!judged.ok) {
            answer(415, 'UNSUPPORTED_MEDIA_TYPE', judged.reason, judged.message);
            return resolve();
          }
          const { contentType } = judged;
          try {
            const [row] = await db
              .insert(uploads)
              .values({ ownerId: viewer.id, contentType, bytes: size, data, createdAt: systemClock.now() })
              .returning({ id: uploads.id });
            if (!answered && row) {
              answered = true;
              res.status(201).json({ id: toGlobalId('Upload', row.id), contentType, bytes: size });
            }
          } catch (error) {
            log.error('upload failed', { message: (error as Error).message });
            answer(500, 'INTERNAL_SERVER_ERROR', 'UNEXPECTED', 'The upload could not be stored.');
          }
          resolve();
        });
      });
    });
    parser.on('error', () =>
      answer(400, 'BAD_REQUEST', 'MALFORMED_MULTIPART', 'The multipart body could not be read.'),
    );
    parser.on('close', async () => {
      if (received) await received;
      if (!answered)
        answer(400, 'BAD_USER_INPUT', 'REQUIRED', 'No file: send it in the field "file".', { field: 'file' });
    });
    req.pipe(parser);
  });

  router.get('/:id', async (req, res) => {
    const viewer = await viewerOf(req);
    if (!viewer) return sendRefusal(res, 401, 'UNAUTHENTICATED', 'NOT_SIGNED_IN', 'Sign in to see material.');
    const parsed = parseGlobalId(req.params.id ?? '');
    if (parsed?.type !== 'Upload') return sendRefusal(res, 404, 'NOT_FOUND', 'UNKNOWN_ID', 'No such upload.');
    const [row] = await pool.select().from(uploads).where(eq(uploads.id, parsed.localId));
    if (!row) return sendRefusal(res, 404, 'NOT_FOUND', 'UNKNOWN_ID', 'No such upload, or you may not see it.');
    if (!(await mayReadUpload(pool, viewer, row))) {
      // Staff whose role may not see identity documents are told so; anyone else learns nothing.
      if (isStaff(viewer)) {
        return sendRefusal(
          res,
          403,
          'FORBIDDEN',
          'IDENTITY_DOCUMENT',
          'Identity documents are for the applicant and the reviewers only.',
        );
      }
      return sendRefusal(res, 404, 'NOT_FOUND', 'UNKNOWN_ID', 'No such upload, or you may not see it.');
    }
    res.setHeader('Content-Type', row.contentType);
    res.setHeader('Content-Disposition', 'inline');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.send(row.data);
  });

  return router;
}
