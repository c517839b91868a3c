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
  // Each fragment is measured once and its figures reused wherever it is spread, so a document
  // whose fragments spread each other twice (2^n fields once expanded) costs n steps to judge.
  // The totals count every expanded field, so such a document is refused for its real size.
  interface Part {
    fields: number;
    aliases: number;
    /** Levels below the selection set's own. */
    depth: number;
    cost: number;
    largestPage: number;
  }
  const memo = new Map<string, Part>();
  const empty = (): Part => ({ fields: 0, aliases: 0, depth: 0, cost: 0, largestPage: 0 });
  const add = (into: Part, part: Part, extraDepth: number) => {
    into.fields += part.fields;
    into.aliases += part.aliases;
    into.depth = Math.max(into.depth, part.depth + extraDepth);
    into.largestPage = Math.max(into.largestPage, part.largestPage);
  };

  // `visiting` guards against fragment cycles (validation refuses them, but measuring must never
  // loop on its own).
  const walk = (set: SelectionSetNode, visiting: Set<string>): Part => {
    const part = empty();
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        part.fields += 1;
        if (selection.alias) part.aliases += 1;
        part.depth = Math.max(part.depth, 1);
        const name = selection.name.value;
        // Introspection's own subtree is bounded by its schema (GraphiQL's query nests type refs).
        if (name === '__schema' || name === '__type') {
          part.cost += 1;
          continue;
        }
        const page = pageArgument(selection, variables);
        if (page !== null) part.largestPage = Math.max(part.largestPage, page);
        const multiplier = page ?? (selection.arguments?.some((a) => a.name.value === 'after') ? DEFAULT_PAGE_SIZE : 1);
        const children = selection.selectionSet ? walk(selection.selectionSet, visiting) : empty();
        add(part, children, 1);
        part.cost += 1 + Math.max(multiplier, 1) * children.cost;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = walk(selection.selectionSet, visiting);
        add(part, inner, 0);
        part.cost += inner.cost;
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        let inner = memo.get(name);
        if (!inner) {
          visiting.add(name);
          inner = walk(fragment.selectionSet, visiting);
          visiting.delete(name);
          memo.set(name, inner);
        }
        add(part, inner, 0);
        part.cost += inner.cost;
      }
    }
    return part;
  };
  const whole = walk(operation.selectionSet, new Set());
  return {
    depth: whole.depth,
    aliases: whole.aliases,
    fields: whole.fields,
    cost: whole.cost,
    largestPage: whole.largestPage,
  };
}

export interface ExceededLimit {
  rule: 'depth' | 'aliases' | 'fields' | 'first' | 'cost';
  actual: number;
  limit: number;
  message: string;
}

/** The refusal's `extensions.reason` for each limit (errors.ts lists them under their codes). */
export const LIMIT_REASONS = {
  depth: 'TOO_DEEP',
  aliases: 'TOO_MANY_ALIASES',
  fields: 'TOO_MANY_FIELDS',
  first: 'PAGE_TOO_LARGE',
  cost: 'TOO_COSTLY',
} as const satisfies Record<ExceededLimit['rule'], string>;

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
              extensions: {
                reason: LIMIT_REASONS[exceeded.rule],
                rule: exceeded.rule,
                limit: exceeded.limit,
                actual: exceeded.actual,
              },
            }),
          );
        }
      }
      return undefined;
    },
  });
}
