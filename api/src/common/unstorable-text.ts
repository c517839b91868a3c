import { GraphQLError } from 'graphql';

/** NUL (PostgreSQL cannot store it in text) or a UTF-16 surrogate without its pair. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what this refuses.
export const UNSTORABLE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function unstorableTextError(field: string | null): GraphQLError {
  return new GraphQLError('Text may not contain NUL characters or unpaired UTF-16 surrogates.', {
    extensions: { code: 'BAD_USER_INPUT', reason: 'UNSTORABLE_TEXT', field, http: { status: 400 } },
  });
}
