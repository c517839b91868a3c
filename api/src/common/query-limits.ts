import {
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from './page-size';

/** What an operation would ask of the server, measured before it runs. Pure. */
export interface OperationMeasure {
  depth: number;
  aliases: number;
  fields: number;
  /** Estimated rows: each field counts 1, and a field with `first` multiplies its children. */
  cost: number;
  /** The largest `first` argument anywhere in the operation. */
  largestPage: number;
}

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxFields: number;
  maxPageSize: number;
  maxCost: number;
}

function pageArgument(field: FieldNode, variables: Record<string, unknown>): number | null {
  const arg = field.arguments?.find((a) => a.name.value === 'first');
  if (!arg) return null;
  const read = (value: ValueNode): number | null => {
    if (value.kind === Kind.INT) return Number(value.value);
    if (value.kind === Kind.VARIABLE) {
      const given = variables[value.name.value];
      return typeof given === 'number' ? given : null;
    }
    return null;
  };
  return read(arg.value);
}

export function measureOperation(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measure: OperationMeasure = { depth: 0, aliases: 0, fields: 0, cost: 0, largestPage: 0 };

  // Returns the cost of the selection set; `visiting` guards against fragment cycles
  // (validation refuses them, but measuring must never loop on its own).
  const walk = (set: SelectionSetNode, depth: number, visiting: Set<string>): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        // Introspection is measured by its own, generous bound (GraphiQL's query nests type refs).
        if (selection.name.value.startsWith('__')) continue;
        measure.fields += 1;
        if (selection.alias) measure.aliases += 1;
        measure.depth = Math.max(measure.depth, depth);
        const page = pageArgument(selection, variables);
        if (page !== null) measure.largestPage = Math.max(measure.largestPage, page);
        const multiplier = page ?? (selection.arguments?.some((a) => a.name.value === 'after') ? DEFAULT_PAGE_SIZE : 1);
        const children = selection.selectionSet ? walk(selection.selectionSet, depth + 1, visiting) : 0;
        cost += 1 + Math.max(multiplier, 1) * children;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        cost += walk(selection.selectionSet, depth, visiting);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        visiting.add(name);
        cost += walk(fragment.selectionSet, depth, visiting);
        visiting.delete(name);
      }
    }
    return cost;
  };
  measure.cost = walk(operation.selectionSet, 1, new Set());
  return measure;
}

export interface ExceededLimit {
  rule: 'depth' | 'aliases' | 'fields' | 'first' | 'cost';
  actual: number;
  limit: number;
  message: string;
}

/**
 * The first limit the operation breaks, in words a person understands, or null. `shape` limits
 * (depth, aliases, fields) need only the document; `size` limits (page size, cost) need variables.
 */
export function exceededLimit(
  measure: OperationMeasure,
  limits: QueryLimits,
  which: 'shape' | 'size' | 'all' = 'all',
): ExceededLimit | null {
  if (which !== 'size') {
    const shape = exceededShape(measure, limits);
    if (shape || which === 'shape') return shape;
  }
  return exceededSize(measure, limits);
}

function exceededShape(measure: OperationMeasure, limits: QueryLimits): ExceededLimit | null {
  if (measure.depth > limits.maxDepth) {
    return {
      rule: 'depth',
      actual: measure.depth,
      limit: limits.maxDepth,
      message: `Query depth ${measure.depth} exceeds the limit ${limits.maxDepth}.`,
    };
  }
  if (measure.aliases > limits.maxAliases) {
    return {
      rule: 'aliases',
      actual: measure.aliases,
      limit: limits.maxAliases,
      message: `The query uses ${measure.aliases} aliases; the limit is ${limits.maxAliases}.`,
    };
  }
  if (measure.fields > limits.maxFields) {
    return {
      rule: 'fields',
      actual: measure.fields,
      limit: limits.maxFields,
      message: `The query selects ${measure.fields} fields; the limit is ${limits.maxFields}.`,
    };
  }
  return null;
}

function exceededSize(measure: OperationMeasure, limits: QueryLimits): ExceededLimit | null {
  if (measure.largestPage > limits.maxPageSize) {
    return {
      rule: 'first',
      actual: measure.largestPage,
      limit: limits.maxPageSize,
      message: `"first" is ${measure.largestPage}; a page holds at most ${limits.maxPageSize} items.`,
    };
  }
  if (measure.cost > limits.maxCost) {
    return {
      rule: 'cost',
      actual: measure.cost,
      limit: limits.maxCost,
      message: `The query could touch about ${measure.cost} items; the limit is ${limits.maxCost}. Ask for smaller pages or fewer nested lists.`,
    };
  }
  return null;
}

/**
 * A validation rule that refuses over-deep or over-wide operations before anything else is
 * checked or executed. It reports on the document node, so its error comes first.
 */
export function queryShapeRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        const exceeded = exceededLimit(measureOperation(document, definition), limits, 'shape');
        if (exceeded) {
          context.reportError(
            new GraphQLError(exceeded.message, {
              nodes: definition,
              extensions: { rule: exceeded.rule, limit: exceeded.limit, actual: exceeded.actual },
            }),
          );
        }
      }
      return undefined;
    },
  });
}
