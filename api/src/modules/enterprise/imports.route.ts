import { randomUUID } from 'node:crypto';
import express, { type Request, Router } from 'express';
import { isCrossSite, mayWrite } from '../../access/rest';
import { hasRole } from '../../access/viewer';
import { systemClock } from '../../common/clock';
import { sendRefusal, UNSPECIFIED_REASON } from '../../common/errors';
import { localIdOf } from '../../common/ids';
import { UNSTORABLE_TEXT } from '../../common/unstorable-text';
import { requestFence } from '../../common/write-fence';
import type { Config } from '../../config';
import type { Viewer } from '../../context';
import { type DatabaseHandle, fencedDb } from '../../db/client';
import { createContext } from '../../request-context';
import { importMembers } from './address-book.service';

/** A whole address book as a file: about 20,000 rows of a typical width. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/**
 * POST /imports/members.csv?accountId=<global id>, body text/csv (UTF-8, a BOM allowed): the same
 * import as the `importMembers` mutation, for files larger than a GraphQL text input takes
 * (20,000 characters). Answers the report as JSON, in the mutation's shape; refusals in the
 * GraphQL error shape, like /uploads and /exports.
 */
export function importsRouter(
  config: Config,
  database: DatabaseHandle,
  viewerOf: (req: Request) => Promise<Viewer | null>,
): Router {
  const router = Router();
  router.post(
    '/members.csv',
    express.text({ type: ['text/csv', 'text/plain'], limit: MAX_IMPORT_BYTES }),
    async (req, res) => {
      const viewer = await viewerOf(req);
      if (!viewer) return sendRefusal(res, 401, 'UNAUTHENTICATED', 'NOT_SIGNED_IN', 'Sign in to import.');
      if (!mayWrite(viewer))
        return sendRefusal(res, 403, 'FORBIDDEN', 'READ_ONLY_ROLE', 'Analysts only read: importing changes data.');
      if (!hasRole(viewer, 'PUBLISHER'))
        return sendRefusal(res, 403, 'FORBIDDEN', 'ROLE', 'Importing an address book needs the role PUBLISHER.');
      if (isCrossSite(req))
        return sendRefusal(res, 403, 'FORBIDDEN', 'CROSS_SITE', 'Imports are accepted from OAP’s own pages only.');
      if (typeof req.body !== 'string')
        return sendRefusal(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'NOT_CSV', 'Send the address book as text/csv.');
      const accountId = req.query.accountId;
      try {
        if (typeof accountId !== 'string')
          return sendRefusal(res, 400, 'BAD_USER_INPUT', 'REQUIRED', 'Give the account as ?accountId=…', {
            field: 'accountId',
          });
        const csv = req.body.replace(/^\uFEFF/, '');
        if (UNSTORABLE_TEXT.test(csv))
          return sendRefusal(
            res,
            400,
            'BAD_USER_INPUT',
            'UNSTORABLE_TEXT',
            'The file holds characters no field can store.',
            {
              field: 'csv',
            },
          );
        const ctx = createContext({
          requestId: randomUUID(),
          viewer,
          // Behind the request deadline's fence: no import committed after the client was told it was not.
          db: fencedDb(database.db, requestFence(res)),
          clock: systemClock,
          config,
          cookies: { set() {}, clear() {} },
        });
        const report = await importMembers(ctx, localIdOf('Account', accountId, 'accountId'), csv);
        // Before answering: the members export that follows reads from the replica only once it has these.
        await database.rememberWrite(viewer.id);
        res.setHeader('Cache-Control', 'no-store');
        res.json({ data: { importMembers: report } });
      } catch (error) {
        const extensions = (error as { extensions?: Record<string, unknown> }).extensions;
        if (typeof extensions?.code !== 'string') throw error;
        const { http: _http, code, reason, ...details } = extensions;
        const status = code === 'NOT_FOUND' ? 404 : code === 'FORBIDDEN' ? 403 : code === 'QUOTA_EXCEEDED' ? 409 : 400;
        res.status(status).json({
          errors: [
            {
              message: (error as Error).message,
              extensions: { code, reason: reason ?? UNSPECIFIED_REASON, ...details },
            },
          ],
        });
      }
    },
  );
  return router;
}
