import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for the client, generated from the committed SDL (never edited by hand). */
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Dates travel as ISO strings; JSON objects as plain records.
        scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
      },
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
    },
  },
};

export default config;
