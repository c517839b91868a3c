import { Kind, type OperationDefinitionNode, OperationTypeNode, parse } from 'graphql';

/** The operations of a document, or null when it does not parse. */
function operationsOf(source: string): OperationDefinitionNode[] | null {
  try {
    return parse(source).definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
  } catch {
    return null;
  }
}

/**
 * The kind of the operation GraphiQL would run: the one named `operationName`, or else the first
 * of the document. Null when the text does not parse or holds no operation: the server then
 * answers with its own error.
 */
export function operationKind(source: string, operationName?: string | null): OperationTypeNode | null {
  const operations = operationsOf(source);
  if (!operations) return null;
  const named = operationName ? operations.find((operation) => operation.name?.value === operationName) : undefined;
  return (named ?? operations[0])?.operation ?? null;
}

/** Whether the operation GraphiQL would run is a mutation (see `operationKind`). */
export function isMutation(source: string, operationName?: string | null): boolean {
  return operationKind(source, operationName) === OperationTypeNode.MUTATION;
}

/**
 * The operation name to send. GraphiQL updates its selected name a moment after the editor
 * changes (debounced), so a run right after loading a saved query may carry the previous
 * query's name: when the document has no operation of that name but exactly one operation, that
 * one is meant. Otherwise the name is sent as given (the server explains a wrong one).
 */
export function resolveOperationName(source: string, operationName?: string | null): string | undefined {
  const operations = operationsOf(source);
  if (!operations || !operationName || operations.some((operation) => operation.name?.value === operationName)) {
    return operationName ?? undefined;
  }
  const only = operations.length === 1 ? operations[0] : undefined;
  return only ? only.name?.value : operationName;
}
