import { AsyncLocalStorage } from 'node:async_hooks';

/** What one request carries through async code it did not pass it to (the SQL logger). */
export interface RequestScope {
  requestId: string;
  sqlStatements: number;
  /** Statements that ran on the read replica, and those that went back to the primary (test hooks). */
  replicaStatements?: number;
  replicaFallbacks?: number;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();
