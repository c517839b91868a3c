import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { localIdOf, toGlobalId } from '../../common/ids';
import type { Context } from '../../context';
import type {
  AccountNoteRow,
  AccountRow,
  CannedReasonRow,
  UserRow,
  ViolationRow,
  ViolationTypeName,
} from '../../db/schema';
import { Account } from '../accounts/account.type';
import { User } from '../auth/user.type';
import { Violation, ViolationType } from '../violations/violation.type';
import { accountNotesOf, addAccountNote } from './account-notes.service';
import {
  createCannedReason,
  deleteCannedReason,
  listCannedReasons,
  updateCannedReason,
} from './canned-reasons.service';
import { AccountNote, CannedReason, CreateCannedReasonInput, UpdateCannedReasonInput } from './moderation-tools.type';
import { undoableUntil, undoDismissal } from './undo-dismissal.service';

@Resolver(() => CannedReason)
export class CannedReasonResolver {
  @Authorized('MODERATOR')
  @Query(() => [CannedReason], {
    description: 'Canned reasons by type and position (one type, or all): moderators pick them with keys 1–9.',
  })
  async cannedReasons(
    @Ctx() ctx: Context,
    @Arg('type', () => ViolationType, { nullable: true }) type?: ViolationTypeName | null,
  ): Promise<CannedReasonRow[]> {
    return listCannedReasons(ctx, type);
  }

  @Authorized('ADMIN')
  @Mutation(() => CannedReason, {
    description:
      'Adds a canned reason at the end of its type’s list (at most 9 per type, no duplicate text). ADMIN; audited.',
  })
  async createCannedReason(
    @Ctx() ctx: Context,
    @Arg('input') input: CreateCannedReasonInput,
  ): Promise<CannedReasonRow> {
    return createCannedReason(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => CannedReason, { description: 'Changes a canned reason’s text and/or its place. ADMIN; audited.' })
  async updateCannedReason(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateCannedReasonInput,
  ): Promise<CannedReasonRow> {
    return updateCannedReason(ctx, localIdOf('CannedReason', id, 'id'), input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Boolean, { description: 'Removes a canned reason; the later ones move up a key. ADMIN; audited.' })
  async deleteCannedReason(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return deleteCannedReason(ctx, localIdOf('CannedReason', id, 'id'));
  }

  @FieldResolver(() => ID)
  id(@Root() row: CannedReasonRow): string {
    return toGlobalId('CannedReason', row.id);
  }
}

@Resolver(() => AccountNote)
export class AccountNoteResolver {
  @FieldResolver(() => ID)
  id(@Root() row: AccountNoteRow): string {
    return toGlobalId('AccountNote', row.id);
  }

  @FieldResolver(() => User, { nullable: true })
  async author(@Ctx() ctx: Context, @Root() row: AccountNoteRow): Promise<UserRow | null> {
    return ctx.loaders.userById.load(row.authorId);
  }
}

@Resolver(() => Account)
export class AccountNotesResolver {
  @FieldResolver(() => [AccountNote], {
    description: 'Moderators’ notes on the account, oldest first: staff only (never its operators or readers).',
  })
  async moderatorNotes(@Ctx() ctx: Context, @Root() account: AccountRow): Promise<AccountNoteRow[]> {
    return accountNotesOf(ctx, account.id);
  }

  @Authorized('MODERATOR')
  @Mutation(() => Account, { description: 'Adds a moderator’s note to an account (staff-only). Audited.' })
  async addAccountNote(
    @Ctx() ctx: Context,
    @Arg('accountId', () => ID) accountId: string,
    @Arg('text') text: string,
  ): Promise<AccountRow> {
    return addAccountNote(ctx, localIdOf('Account', accountId, 'accountId'), text);
  }
}

@Resolver(() => Violation)
export class ViolationUndoResolver {
  @Authorized('MODERATOR')
  @Mutation(() => Violation, {
    description:
      'Undoes a dismissal: the violation is PENDING again, claimed by you. Only the moderator who dismissed it or an ADMIN (FORBIDDEN / NOT_DECIDER), within the rule moderation.undoMinutes (INVALID_TRANSITION / UNDO_WINDOW_PASSED). Audited.',
  })
  async undoDismissal(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<ViolationRow> {
    return undoDismissal(ctx, localIdOf('Violation', id, 'id'));
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description:
      'Until when the viewer may undo this dismissal (decidedAt + the rule moderation.undoMinutes); null when it is not a dismissal the viewer may undo now.',
  })
  async undoableUntil(@Ctx() ctx: Context, @Root() row: ViolationRow): Promise<Date | null> {
    return undoableUntil(ctx, row);
  }
}
