import { badInput } from './errors';

/**
 * Global ids are opaque to clients: base64url of "Type:uuid". Clients must not parse them;
 * `node(id:)` resolves any of them.
 */
export function toGlobalId(type: string, localId: string): string {
  return Buffer.from(`${type}:${localId}`, 'utf8').toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseGlobalId(id: string): { type: string; localId: string } | null {
  if (id.length > 200) return null;
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;
  const type = decoded.slice(0, colon);
  const localId = decoded.slice(colon + 1);
  if (!UUID.test(localId)) return null;
  return { type, localId };
}

/** The local id of a global id that must name a `type`; BAD_USER_INPUT naming `field` otherwise. */
export function localIdOf(type: string, id: string, field: string): string {
  const parsed = parseGlobalId(id);
  if (!parsed || parsed.type !== type) {
    throw badInput(field, 'INVALID_ID', `"${field}" is not a valid ${type} id.`);
  }
  return parsed.localId;
}
