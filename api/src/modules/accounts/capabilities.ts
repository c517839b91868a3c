import type { AccountKindName } from '../../db/schema';

/** What an account may do on the platform. Derived, never stored (seed 000, 001). */
export const CAPABILITIES = [
  'PUBLISH_ARTICLES',
  'AUTO_REPLY',
  'CUSTOM_MENU',
  'RELEASE_VERSIONS',
  'SEARCHABLE',
  'SHAREABLE',
  'MESSAGING',
  'USER_MANAGEMENT',
  'RICH_INTERFACES',
  'MATERIAL_MANAGEMENT',
] as const;
export type CapabilityName = (typeof CAPABILITIES)[number];

/** What certification adds (seed 000: 发消息、用户管理、丰富接口、素材管理). */
export const CERTIFIED_EXTRAS: readonly CapabilityName[] = [
  'MESSAGING',
  'USER_MANAGEMENT',
  'RICH_INTERFACES',
  'MATERIAL_MANAGEMENT',
];

export interface CapabilityInputs {
  kind: AccountKindName;
  certified: boolean;
  now: Date;
  /** After this moment an uncertified mini-program can no longer be searched or shared (seed 001). */
  miniProgramDeadline: Date;
}

export function capabilitiesFor(input: CapabilityInputs): CapabilityName[] {
  const basic: CapabilityName[] =
    input.kind === 'MINI_PROGRAM'
      ? ['RELEASE_VERSIONS', 'SEARCHABLE', 'SHAREABLE']
      : ['PUBLISH_ARTICLES', 'AUTO_REPLY', 'CUSTOM_MENU', 'SEARCHABLE', 'SHAREABLE'];
  if (input.certified) return [...basic, ...CERTIFIED_EXTRAS];
  const pastDeadline = input.kind === 'MINI_PROGRAM' && input.now.getTime() >= input.miniProgramDeadline.getTime();
  // Past the deadline it may still ship new versions, but is neither searched nor shared.
  return pastDeadline ? basic.filter((c) => c !== 'SEARCHABLE' && c !== 'SHAREABLE') : basic;
}
