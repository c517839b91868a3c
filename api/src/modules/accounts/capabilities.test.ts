import { describe, expect, it } from 'vitest';
import { CERTIFIED_EXTRAS, capabilitiesFor } from './capabilities';

const deadline = new Date('2024-04-01T00:00:00+08:00');
const before = new Date('2024-03-31T00:00:00Z');
const after = new Date('2024-05-01T00:00:00Z');

describe('capabilitiesFor', () => {
  it('gives uncertified accounts the basic set only', () => {
    const caps = capabilitiesFor({ kind: 'SUBSCRIPTION', certified: false, now: after, miniProgramDeadline: deadline });
    expect(caps).toEqual(['PUBLISH_ARTICLES', 'AUTO_REPLY', 'CUSTOM_MENU', 'SEARCHABLE', 'SHAREABLE']);
    for (const extra of CERTIFIED_EXTRAS) expect(caps).not.toContain(extra);
  });

  it('adds messaging, user management, rich interfaces and material management when certified', () => {
    const caps = capabilitiesFor({ kind: 'SERVICE', certified: true, now: after, miniProgramDeadline: deadline });
    expect(caps).toEqual(
      expect.arrayContaining(['MESSAGING', 'USER_MANAGEMENT', 'RICH_INTERFACES', 'MATERIAL_MANAGEMENT']),
    );
  });

  it('takes search and share from an uncertified mini-program past the deadline, but not new versions', () => {
    expect(
      capabilitiesFor({ kind: 'MINI_PROGRAM', certified: false, now: before, miniProgramDeadline: deadline }),
    ).toEqual(['RELEASE_VERSIONS', 'SEARCHABLE', 'SHAREABLE']);
    expect(
      capabilitiesFor({ kind: 'MINI_PROGRAM', certified: false, now: after, miniProgramDeadline: deadline }),
    ).toEqual(['RELEASE_VERSIONS']);
    expect(
      capabilitiesFor({ kind: 'MINI_PROGRAM', certified: true, now: after, miniProgramDeadline: deadline }),
    ).toContain('SEARCHABLE');
  });
});
