import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import { formatError } from './format-error';
import { setLogLevel } from './log';
import { requestScope } from './request-scope';

setLogLevel('silent');

describe('formatError', () => {
  it('passes refusals through with their code and details', () => {
    const error = new AppError('QUOTA_EXCEEDED', 'ACCOUNTS', 'The subject already owns 1 account.', { limit: 1 });
    const formatted = formatError({ message: error.message, extensions: error.extensions }, error);
    expect(formatted).toEqual({
      message: 'The subject already owns 1 account.',
      extensions: { code: 'QUOTA_EXCEEDED', reason: 'ACCOUNTS', limit: 1 },
    });
  });

  it('turns argument validation into BAD_USER_INPUT naming the first failing field, without echoing input', () => {
    const error = new ArgumentValidationError([
      {
        property: 'input',
        target: { secret: 'value' },
        children: [
          {
            property: 'name',
            value: 'x'.repeat(200),
            constraints: { maxLength: 'name must be shorter than or equal to 30 characters' },
            children: [],
          },
        ],
      },
    ]);
    const formatted = formatError({ message: error.message, extensions: error.extensions }, error);
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'TOO_LONG', field: 'input.name' });
    expect(formatted.message).toBe('Invalid input.name: name must be shorter than or equal to 30 characters.');
    expect(JSON.stringify(formatted)).not.toContain('secret');
  });

  it('hides unexpected errors behind INTERNAL_SERVER_ERROR with the request id and no stack', () => {
    const error = new GraphQLError('boom', { originalError: new Error('relation "x" does not exist') });
    const formatted = requestScope.run({ requestId: 'req-1', sqlStatements: 0 }, () =>
      formatError(
        { message: 'relation "x" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
        error,
      ),
    );
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', reason: 'UNEXPECTED', requestId: 'req-1' });
    expect(formatted.message).toMatch(/request id req-1/);
    expect(JSON.stringify(formatted)).not.toMatch(/relation|stacktrace|at x/);
  });

  it('gives GraphQL-layer refusals the reason of their case', () => {
    const cases: Array<[string, string, string]> = [
      ['GRAPHQL_PARSE_FAILED', 'Syntax Error: Expected Name, found <EOF>.', 'SYNTAX_ERROR'],
      [
        'GRAPHQL_PARSE_FAILED',
        'Syntax Error: Document contains more than 5000 tokens. Parsing aborted.',
        'TOO_MANY_TOKENS',
      ],
      ['GRAPHQL_VALIDATION_FAILED', 'Cannot query field "nope" on type "Query".', 'UNKNOWN_FIELD'],
      [
        'GRAPHQL_VALIDATION_FAILED',
        'Field "account" argument "id" of type "ID!" is required, but it was not provided.',
        'MISSING_ARGUMENT',
      ],
      ['GRAPHQL_VALIDATION_FAILED', 'Variable "$id" is never used.', 'VARIABLE_NOT_USED'],
      ['GRAPHQL_VALIDATION_FAILED', 'Something graphql-js may say one day.', 'INVALID_OPERATION'],
      ['BAD_REQUEST', 'GET requests only support query operations, not mutation operations', 'MUTATION_OVER_GET'],
      ['BAD_USER_INPUT', 'Variable "$id" of required type "ID!" was not provided.', 'REQUIRED'],
      ['OPERATION_RESOLUTION_FAILURE', 'Unknown operation named "X".', 'UNKNOWN_OPERATION'],
    ];
    for (const [code, message, reason] of cases) {
      const error = new GraphQLError(message, { extensions: { code } });
      expect(formatError({ message, extensions: { code } }, error).extensions, message).toMatchObject({ code, reason });
    }
  });

  it('keeps a reason given, and marks a refusal that forgot one UNSPECIFIED', () => {
    const given = new GraphQLError('Too deep.', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'TOO_DEEP' },
    });
    expect(formatError({ message: given.message, extensions: given.extensions }, given).extensions?.reason).toBe(
      'TOO_DEEP',
    );
    const forgot = new GraphQLError('No.', { extensions: { code: 'BAD_USER_INPUT' } });
    expect(formatError({ message: forgot.message, extensions: forgot.extensions }, forgot).extensions?.reason).toBe(
      'UNSPECIFIED',
    );
  });
});
