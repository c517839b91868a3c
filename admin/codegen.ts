import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for every operation in src/ (written with the generated `graphql()` function), from the
 * API's schema contract. `pnpm codegen` regenerates them; `pnpm build` does too.
 */
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.ts', '!src/graphql/generated/**'],
  silent: true,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        scalars: { DateTime: 'string', JSON: 'unknown' },
        strictScalars: true,
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
      },
    },
  },
};

// graphql-codegen reads its configuration from the default export.
export default config;
