import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { exceededLimit, measureOperation } from './query-limits';

const limits = { maxDepth: 10, maxAliases: 30, maxFields: 500, maxPageSize: 100, maxCost: 50_000 };

function measure(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) throw new Error('no operation');
  return measureOperation(document, operation, variables);
}

function nested(depth: number): string {
  let query = 'id';
  for (let i = 1; i < depth; i += 1) query = `node(id: "x") { ${query} }`;
  return `{ ${query} }`;
}

describe('measureOperation', () => {
  it('counts depth through fragments and inline fragments', () => {
    expect(measure('{ viewer { email } }').depth).toBe(2);
    const viaFragment = measure('query { a: viewer { ...F } } fragment F on User { ... on User { roles } }');
    expect(viaFragment.depth).toBe(2);
    expect(viaFragment.aliases).toBe(1);
    expect(measure(nested(45)).depth).toBe(45);
  });

  it('multiplies list children by their page size, from literals or variables', () => {
    const literal = measure('{ auditLog(first: 50) { edges { node { action } } } }');
    expect(literal.cost).toBe(1 + 50 * 3);
    const variable = measure('query ($n: Int) { auditLog(first: $n) { totalCount } }', { n: 100 });
    expect(variable.largestPage).toBe(100);
    expect(variable.cost).toBe(1 + 100);
  });

  it('does not measure inside introspection, which signed-in tools send deeply nested', () => {
    expect(measure('{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }').depth).toBe(
      1,
    );
  });

  it('counts __typename like any field and alias', () => {
    const aliases = Array.from({ length: 5000 }, (_, i) => `t${i}: __typename`).join(' ');
    expect(exceededLimit(measure(`{ ${aliases} }`), limits)).toMatchObject({ rule: 'aliases', actual: 5000 });
  });

  it('judges a fragment bomb (each fragment spreading the next twice) without expanding it, at its expanded size', () => {
    const levels = 40;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on User { ${i + 1 < levels ? `...F${i + 1} ...F${i + 1}` : 'id'} }`,
    ).join('\n');
    // Expanded, this document has 2^39 fields: a walk that expanded it would never return.
    const measured = measure(`{ viewer { ...F0 } } ${fragments}`);
    expect(measured.fields).toBe(1 + 2 ** (levels - 1));
    expect(exceededLimit(measured, limits)?.rule).toBe('fields');
  });
});

describe('exceededLimit', () => {
  it('refuses depth, aliases, page size and cost with the figures in the message', () => {
    expect(exceededLimit(measure(nested(14)), limits)?.message).toBe('Query depth 14 exceeds the limit 10.');
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: auditLog(first: 1) { totalCount }`).join(' ');
    expect(exceededLimit(measure(`{ ${aliases} }`), limits)).toMatchObject({ rule: 'aliases', actual: 500, limit: 30 });
    expect(exceededLimit(measure('{ auditLog(first: 1000) { totalCount } }'), limits)).toMatchObject({
      rule: 'first',
      actual: 1000,
    });
    const costly = '{ a: auditLog(first: 100) { edges { node { b: actor { id } c: actor { id } } } } }';
    expect(exceededLimit(measure(costly), { ...limits, maxCost: 100 })).toMatchObject({ rule: 'cost' });
  });

  it('lets an ordinary analyst query through', () => {
    expect(
      exceededLimit(measure('{ auditLog(first: 100) { edges { node { action actor { email } } } } }'), limits),
    ).toBeNull();
  });
});
