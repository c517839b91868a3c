import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { AppError } from './errors';

/** The years a moment of this platform can be in (it opened in 2012; rules may be dated ahead). */
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 9999;

function inRange(value: unknown): unknown {
  if (value instanceof Date) {
    const year = value.getUTCFullYear();
    if (Number.isNaN(value.getTime()) || year < EARLIEST_YEAR || year > LATEST_YEAR) {
      throw new AppError(
        'BAD_USER_INPUT',
        'OUT_OF_RANGE',
        `A time must be between the years ${EARLIEST_YEAR} and ${LATEST_YEAR}.`,
      );
    }
  }
  return value;
}

/**
 * graphql-scalars' DateTime (ISO-8601), refusing moments no query should ever reach the database
 * with (year 0, year 275760): BAD_USER_INPUT instead of a database error.
 */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  parseValue: (value) => inRange(DateTimeResolver.parseValue(value)),
  parseLiteral: (node, variables) => inRange(DateTimeResolver.parseLiteral(node, variables)),
});
