import fs from 'node:fs';
import path from 'node:path';
import { type DefinitionNode, type DocumentNode, Kind, parse, visit } from 'graphql';
import type { Plugin } from 'vite';

/**
 * Build-time documents, one module each.
 *
 * graphql-codegen's client preset looks documents up at run time in one map from every source text
 * to its document, and its Babel or SWC plugin instead imports each `…Document` from the one
 * generated module: either way every operation's syntax tree sits in one module, and a module is
 * never split between chunks, so the main script carried every page's operations (some 250 KB of
 * JSON before compression). Here each `export const x = graphql(`…`)` of the document files becomes
 * a re-export of a virtual module holding that one document (its operation and the fragments it
 * spreads), so each lands in the chunk of the pages that use it. Types still come from the
 * `graphql()` overloads at typecheck; a unit test checks every document equals codegen's.
 */
const EXPORTED_CALL = /export\s+const\s+(\w+)\s*=\s*graphql\(\s*`([^`]*)`\s*\)\s*;/g;
const ANY_CALL = /\bgraphql\(/;
const PREFIX = 'oap-graphql-document:';
const RESOLVED = `\0${PREFIX}`;

interface SourceDefinition {
  kind: 'operation' | 'fragment';
  name: string;
  node: DefinitionNode;
}

/** Every operation and fragment the document files define, by name. */
export function definitionsOf(sources: readonly string[]): Map<string, SourceDefinition> {
  const definitions = new Map<string, SourceDefinition>();
  for (const source of sources) {
    for (const [, , text = ''] of source.matchAll(EXPORTED_CALL)) {
      for (const node of parse(text, { noLocation: true }).definitions) {
        if (node.kind !== Kind.OPERATION_DEFINITION && node.kind !== Kind.FRAGMENT_DEFINITION) continue;
        const name = node.name?.value;
        if (!name) throw new Error('graphql(): every operation needs a name');
        if (definitions.has(name)) throw new Error(`graphql(): ${name} is defined twice`);
        const kind = node.kind === Kind.FRAGMENT_DEFINITION ? 'fragment' : 'operation';
        definitions.set(name, { kind, name, node });
      }
    }
  }
  return definitions;
}

/** The document of one definition: itself, then every fragment it spreads (transitively), once. */
export function documentOf(name: string, definitions: Map<string, SourceDefinition>): DocumentNode {
  const root = definitions.get(name);
  if (!root) throw new Error(`graphql(): no operation or fragment named ${name}`);
  const included: DefinitionNode[] = [root.node];
  const seen = new Set([name]);
  for (let index = 0; index < included.length; index += 1) {
    visit(included[index] as DefinitionNode, {
      FragmentSpread(spread) {
        const fragment = spread.name.value;
        if (seen.has(fragment)) return;
        const definition = definitions.get(fragment);
        if (definition?.kind !== 'fragment') throw new Error(`graphql(): unknown fragment ${fragment}`);
        seen.add(fragment);
        included.push(definition.node);
      },
    });
  }
  return compact({ kind: Kind.DOCUMENT, definitions: included }) as DocumentNode;
}

/** Without empty lists and absent values, as codegen writes documents (every printer accepts it). */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compact);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(
    ([, field]) => field !== undefined && !(Array.isArray(field) && field.length === 0),
  );
  return Object.fromEntries(entries.map(([key, field]) => [key, compact(field)]));
}

/** A document file as re-exports of its documents' modules, or null when it calls graphql() otherwise. */
export function facadeOf(source: string): string | null {
  const exports: string[] = [];
  for (const [, constant, text = ''] of source.matchAll(EXPORTED_CALL)) {
    const definition = parse(text, { noLocation: true }).definitions[0];
    const name = definition && 'name' in definition ? definition.name?.value : undefined;
    if (!name) throw new Error(`graphql(): no named operation or fragment in ${text.slice(0, 80)}`);
    exports.push(`export { default as ${constant} } from '${PREFIX}${name}';`);
  }
  const rest = source.replace(EXPORTED_CALL, '');
  if (ANY_CALL.test(rest)) return null;
  return `${exports.join('\n')}\n`;
}

/** The vite plugin: `files` are the document files, relative to the admin's root. */
export function graphqlDocuments(files: readonly string[]): Plugin {
  let root = process.cwd();
  let definitions: Map<string, SourceDefinition> | null = null;
  const paths = () => files.map((file) => path.resolve(root, file));
  const loadDefinitions = () => {
    definitions ??= definitionsOf(paths().map((file) => fs.readFileSync(file, 'utf8')));
    return definitions;
  };
  return {
    name: 'oap:graphql-documents',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    // The dev server re-reads the files after an edit.
    handleHotUpdate({ file }) {
      if (paths().includes(file)) definitions = null;
    },
    transform(code, id) {
      if (!paths().includes(id)) return null;
      const facade = facadeOf(code);
      if (facade === null) throw new Error(`${id}: every graphql() call must be an exported const of its own`);
      return { code: facade, map: null };
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const document = documentOf(id.slice(RESOLVED.length), loadDefinitions());
      return `export default /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(document))});\n`;
    },
  };
}
