/** A small GraphQL-over-HTTP client for tests: real requests, real status codes. */
export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors: Array<{ message: string; extensions?: Record<string, unknown> }> | undefined;
  extensions: Record<string, unknown> | undefined;
  headers: Headers;
}

export interface Caller {
  token?: string;
  /** Move the server's clock for this request (the server runs with OAP_TEST_HOOKS). */
  now?: Date;
  /** The reader's language, sent as Accept-Language. */
  language?: string;
}

export async function gql<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  caller: Caller = {},
): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (caller.token) headers.authorization = `Bearer ${caller.token}`;
  if (caller.now) headers['x-oap-now'] = caller.now.toISOString();
  if (caller.language) headers['accept-language'] = caller.language;
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: { data?: T; errors?: GraphQLResponse['errors']; extensions?: Record<string, unknown> } = {};
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: text }] };
    return {
      status: response.status,
      data: undefined,
      errors: body.errors,
      extensions: undefined,
      headers: response.headers,
    };
  }
  assertRefusalsCarryReasons(query, body.errors);
  return {
    status: response.status,
    data: body.data,
    errors: body.errors,
    extensions: body.extensions,
    headers: response.headers,
  };
}

/** A reason word (contract: stable UPPER_SNAKE). */
export const REASON = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/**
 * The contract's "refusals carry a reason", checked on every response the suite receives: each
 * error has a string `extensions.code` and an UPPER_SNAKE `extensions.reason`. UNSPECIFIED is the
 * server's safety net for a site that forgot its reason, so it fails here too.
 */
export function assertRefusalsCarryReasons(operation: string, errors: unknown): void {
  if (errors === undefined) return;
  if (!Array.isArray(errors)) throw new Error(`"errors" is not a list in the answer to ${operation}`);
  for (const error of errors as Array<{ extensions?: Record<string, unknown> }>) {
    const code = error?.extensions?.code;
    const reason = error?.extensions?.reason;
    if (typeof code !== 'string' || typeof reason !== 'string' || !REASON.test(reason) || reason === 'UNSPECIFIED') {
      throw new Error(
        `A refusal without a code and a specific reason (extensions.code, extensions.reason):\n` +
          `  operation: ${operation.slice(0, 500)}\n  error: ${JSON.stringify(error).slice(0, 1000)}`,
      );
    }
  }
}

/** The first error's code and reason, for assertions. */
export function refusalOf(result: GraphQLResponse<unknown>): { code: unknown; reason: unknown } {
  const extensions = result.errors?.[0]?.extensions;
  return { code: extensions?.code, reason: extensions?.reason };
}

export const DEMO_PASSWORD = 'demo-password';

export async function signIn(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const result = await gql<{ login: { token: string } }>(
    baseUrl,
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password },
  );
  const token = result.data?.login.token;
  if (!token) throw new Error(`sign-in as ${email} failed: ${JSON.stringify(result.errors)}`);
  return token;
}

/** The first error's code, for assertions. */
export function codeOf(result: GraphQLResponse<unknown>): unknown {
  return result.errors?.[0]?.extensions?.code;
}
