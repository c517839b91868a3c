/**
 * What one request's deadline (server.ts) may truthfully say, and the fence that keeps it true.
 * The deadline answers 503 while the request's work carries on; without the fence a write could
 * still commit after its client was told "nothing was changed" and invited to retry (found by
 * test/bench/scale-out.bench.ts). So: once answered, no COMMIT and no new statement is sent, and a
 * request whose COMMIT (or single write) was already sent is answered COMMIT_UNCONFIRMED, since
 * that one cannot be called back.
 *
 * Carried on res.locals and in a per-request view of the database (db/client.ts fencedDb) rather
 * than in AsyncLocalStorage: on Node 20 that costs every promise a hook (server.ts).
 */
export class WriteFence {
  private answeredAt: 'DATABASE_TIMEOUT' | 'COMMIT_UNCONFIRMED' | null = null;
  private writesSent = 0;

  /** Called by the deadline: from now on nothing more is sent; says which reason is true. */
  answer(): 'DATABASE_TIMEOUT' | 'COMMIT_UNCONFIRMED' {
    this.answeredAt ??= this.writesSent > 0 ? 'COMMIT_UNCONFIRMED' : 'DATABASE_TIMEOUT';
    return this.answeredAt;
  }

  get answered(): boolean {
    return this.answeredAt !== null;
  }

  /** Whether a COMMIT or a single write of this request has been sent (whatever became of it). */
  get wroteAlready(): boolean {
    return this.writesSent > 0;
  }

  /** Right before a transaction's COMMIT is sent: refuses (the caller rolls back) once answered. */
  beforeCommit(): void {
    if (this.answeredAt) throw requestAnswered();
    this.writesSent += 1;
  }

  /**
   * A COMMIT or single write counted as sent failed with the server's own answer (a SQLSTATE, not
   * a lost connection): the server rolled it back, so it no longer counts.
   */
  notCommitted(): void {
    if (this.writesSent > 0) this.writesSent -= 1;
  }

  /**
   * Right before a statement outside a transaction is sent (it commits on its own): refuses once
   * answered; counts it as sent when it may write. Returns whether it may write.
   */
  beforeStatement(sql: string): boolean {
    if (this.answeredAt) throw requestAnswered();
    const writes = mayWriteStatement(sql);
    if (writes) this.writesSent += 1;
    return writes;
  }
}

/**
 * Whether a statement may change data. Only a plain SELECT is taken for a read: a WITH can hold an
 * UPDATE, and anything else (INSERT, UPDATE, DELETE, a function call) is a write. Erring towards
 * "write" only ever turns "nothing was changed" into "check whether it was saved".
 */
export function mayWriteStatement(sql: string): boolean {
  const text = sql.replace(/^(\s+|\/\*[\s\S]*?\*\/|--[^\n]*\n)*/, '');
  return !/^select\b/i.test(text);
}

export const REQUEST_ANSWERED_CODE = 'OAP_REQUEST_ANSWERED';

/** The refusal the fence throws: the request's deadline answered already (DATABASE_TIMEOUT). */
export function requestAnswered(): Error {
  return Object.assign(new Error('The request was answered by its deadline; nothing more is sent.'), {
    code: REQUEST_ANSWERED_CODE,
  });
}

/**
 * Errors from which a statement may already have reached the server and run: the connection
 * closed or reset under it. Not a refused or timed-out connect (nothing was sent), nor a SQLSTATE
 * (the server answered, so it knows the statement failed and rolled it back).
 */
const LOST_AFTER_SENDING = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
]);

export function lostAfterSending(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const { code } = current as { code?: unknown };
    if (typeof code === 'string' && LOST_AFTER_SENDING.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** The fence the request deadline (server.ts) put on res.locals; an open one where there is none. */
export function requestFence(res: { locals: Record<string, unknown> }): WriteFence {
  const fence = res.locals.writeFence;
  return fence instanceof WriteFence ? fence : new WriteFence();
}

const FENCED_BASE = Symbol('the database behind a fenced view');

/** Marks `view` as one request's fenced view of `base` (db/client.ts fencedDb). */
export function markFenced<View extends object>(view: View, base: object): View {
  return Object.defineProperty(view, FENCED_BASE, { value: base });
}

/**
 * The shared database behind a request's fenced view (or the database itself): what outlives the
 * request, such as a prepared statement (common/prepared.ts), must be built on this, not on a view
 * whose fence belongs to one request.
 */
export function unfenced<D extends object>(db: D): D {
  return ((db as { [FENCED_BASE]?: D })[FENCED_BASE] ?? db) as D;
}
