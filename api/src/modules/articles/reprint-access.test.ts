import { describe, expect, it } from 'vitest';
import { reprintAccess } from './reprint-access';

describe('reprintAccess', () => {
  it('lets OPEN and listed WHITELIST reprint directly once open reprint is in force', () => {
    expect(reprintAccess({ policy: 'OPEN', whitelisted: false, openReprintInForce: true })).toEqual({ direct: true });
    expect(reprintAccess({ policy: 'WHITELIST', whitelisted: true, openReprintInForce: true })).toEqual({
      direct: true,
    });
  });

  it('needs a grant for CLOSED, for unlisted WHITELIST, and for everything before open reprint', () => {
    expect(reprintAccess({ policy: 'CLOSED', whitelisted: false, openReprintInForce: true })).toMatchObject({
      direct: false,
      reason: 'CLOSED',
    });
    expect(reprintAccess({ policy: 'WHITELIST', whitelisted: false, openReprintInForce: true })).toMatchObject({
      direct: false,
      reason: 'NOT_WHITELISTED',
    });
    expect(reprintAccess({ policy: 'OPEN', whitelisted: false, openReprintInForce: false })).toMatchObject({
      direct: false,
      reason: 'BEFORE_OPEN_REPRINT',
    });
    expect(reprintAccess({ policy: 'WHITELIST', whitelisted: true, openReprintInForce: false })).toMatchObject({
      direct: false,
      reason: 'BEFORE_OPEN_REPRINT',
    });
  });
});
