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
    const error = new AppError('QUOTA_EXCEEDED', 'The subject already owns 1 account.', { limit: 1 });
    const formatted = formatError({ message: error.message, extensions: { code: 'QUOTA_EXCEEDED', limit: 1 } }, error);
    expect(formatted).toEqual({
      message: 'The subject already owns 1 account.',
      extensions: { code: 'QUOTA_EXCEEDED', limit: 1 },
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
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.name' });
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
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' });
    expect(formatted.message).toMatch(/request id req-1/);
    expect(JSON.stringify(formatted)).not.toMatch(/relation|stacktrace|at x/);
  });
});
