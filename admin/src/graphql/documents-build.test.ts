import fs from 'node:fs';
import type { DefinitionNode, DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { definitionsOf, documentOf, facadeOf } from '../../vite-graphql-documents';
import * as generated from './generated/graphql';

/**
 * The build's documents (vite-graphql-documents.ts: one module per document, so each lands in the
 * chunk of the pages that use it) are the documents codegen generates and the typecheck trusts.
 */
const files = ['documents.ts', 'dashboard.ts'].map((file) => fs.readFileSync(new URL(file, import.meta.url), 'utf8'));
const definitions = definitionsOf(files);

const nameOf = (definition: DefinitionNode): string => ('name' in definition ? (definition.name?.value ?? '') : '');
/** A document as its definitions by name (codegen and the build may order the fragments differently). */
const byName = (document: DocumentNode) =>
  Object.fromEntries(document.definitions.map((definition) => [nameOf(definition), definition]));

describe('build-time documents', () => {
  it('defines every operation and fragment of the document files', () => {
    expect(definitions.size).toBeGreaterThan(100);
  });

  it.each([...definitions.values()].map((definition) => [definition.name, definition.kind] as const))(
    '%s equals the document codegen generates',
    (name, kind) => {
      const exported = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
      const expected = (generated as unknown as Record<string, DocumentNode | undefined>)[exported];
      expect(expected, exported).toBeDefined();
      expect(byName(documentOf(name, definitions))).toEqual(byName(expected as DocumentNode));
    },
  );

  it('turns a document file into re-exports only, and refuses one with another graphql() call', () => {
    const facade = facadeOf(files[0] as string);
    expect(facade).not.toBeNull();
    expect(
      facade
        ?.split('\n')
        .filter(Boolean)
        .every((line) => /^export \{ default as \w+ \} from '/.test(line)),
    ).toBe(true);
    expect(facadeOf('const x = graphql(`query A { viewer { id } }`);')).toBeNull();
  });
});
