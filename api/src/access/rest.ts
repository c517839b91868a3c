import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { certificationMaterials, certifications } from '../db/tables/certifications';
import { hasRole, type Viewer } from './viewer';

/**
 * The visibility policy for the REST endpoints, which do not go through the GraphQL field table:
 * the same answers as policy.ts (ANALYST only reads; identity documents as for
 * Certification.materials).
 */

/**
 * A write sent by another site's page (CSRF): the browser says so in Sec-Fetch-Site, or its Origin
 * names another host. Requests without either (curl, scripts with a bearer token) are not pages.
 */
export function isCrossSite(req: { header(name: string): string | undefined }): boolean {
  const site = req.header('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = req.header('origin');
  if (!origin || origin === 'null') return origin === 'null';
  try {
    return new URL(origin).host !== req.header('host');
  } catch {
    return true;
  }
}

/** ANALYST is read-only everywhere: a REST write needs another role. */
export function mayWrite(viewer: Viewer): boolean {
  return viewer.roles.some((role) => role !== 'ANALYST');
}

/**
 * An uploaded identity document: its uploader, the operators of the account whose certification
 * uses it, reviewers and ADMIN — never analysts or moderators (policy.ts, Certification.materials).
 */
export async function mayReadUpload(db: Executor, viewer: Viewer, upload: { id: string; ownerId: string | null }) {
  if (upload.ownerId === viewer.id || hasRole(viewer, 'REVIEWER')) return true;
  if (viewer.operated.size === 0) return false;
  const uses = await db
    .select({ accountId: certifications.accountId })
    .from(certificationMaterials)
    .innerJoin(certifications, eq(certifications.id, certificationMaterials.certificationId))
    .where(eq(certificationMaterials.uploadId, upload.id));
  return uses.some((use) => viewer.operated.has(use.accountId));
}
