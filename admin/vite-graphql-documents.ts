import type { Plugin } from 'vite';

/**
 * Build-time replacement of `graphql(`…`)` calls by the generated document they name.
 *
 * graphql-codegen's client preset looks documents up at run time in one map from every source
 * text to its document (src/graphql/generated/gql.ts), so the main script carried the full text
 * of every operation twice, pages never used included. The preset's answer is a compiler plugin
 * (Babel or SWC) that rewrites each call into an import of its `…Document` / `…FragmentDoc`;
 * this is the same rewrite for vite, and needs neither. A name that is not generated is a missing
 * export, which fails the build; types still come from the `graphql()` overloads at typecheck.
 */
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const DEFINITION = /^\s*(query|mutation|subscription|fragment)\s+([_A-Za-z]\w*)/;
const IMPORT = /import\s*\{\s*graphql\s*\}\s*from\s*'(\.{1,2}\/(?:[\w-]+\/)*generated)';?/;

/** The module's code with each call replaced, or null when it has none. */
export function inlineGraphqlDocuments(code: string): string | null {
  const imported = IMPORT.exec(code);
  if (!imported) return null;
  const names = new Set<string>();
  const body = code.replace(CALL, (_call, source: string) => {
    const definition = DEFINITION.exec(source);
    if (!definition) throw new Error(`graphql(): no named operation or fragment in ${source.slice(0, 80)}`);
    const [, kind, name] = definition;
    const generated = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
    names.add(generated);
    return generated;
  });
  if (CALL.test(body)) throw new Error('graphql(): a call was left unreplaced');
  const replacement = `import { ${[...names].join(', ')} } from '${imported[1]}/graphql';`;
  return body.replace(IMPORT, replacement);
}

export function graphqlDocuments(): Plugin {
  return {
    name: 'oap:graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/src/') || id.includes('/generated/') || !id.endsWith('.ts')) return null;
      const inlined = inlineGraphqlDocuments(code);
      return inlined === null ? null : { code: inlined, map: null };
    },
  };
}
