import { AsyncLocalStorage } from 'node:async_hooks';

/** What one request carries through async code it did not pass it to (the SQL logger). */
export interface RequestScope {
  requestId: string;
  sqlStatements: number;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();
