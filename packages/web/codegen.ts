import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';
import { keylessTypesPlugin } from './codegen/keyless-types';

/** The plugins of this package, loaded by name (codegen would otherwise look for an npm package). */
const LOCAL_PLUGINS: Readonly<Record<string, unknown>> = { 'keyless-types': keylessTypesPlugin };

/** Typed documents for the client, generated from the committed SDL (never edited by hand). */
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: true,
  // Codegen tries `@graphql-codegen/<name>` first: a local plugin answers to that name.
  pluginLoader: async (name: string) => {
    const local = LOCAL_PLUGINS[name.replace(/^@graphql-codegen\//, '')];
    if (local) return local;
    return import(name);
  },
  generates: {
    './src/gql/': {
      preset: 'client',
      // The server runs the stored text of a persisted operation, so it must carry the
      // __typename fields the normalised cache needs (urql would otherwise add them itself).
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Dates travel as ISO strings; JSON objects as plain records.
        scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
      },
      presetConfig: {
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
        // Trusted documents: every operation's sha256 goes into persisted-documents.json, which
        // the server accepts (in production, only those); the client sends the hash alone.
        persistedDocuments: { mode: 'embedHashInDocument', hashPropertyName: 'hash' },
      },
    },
    // The types graphcache stores inside their parent (app/client.ts), from the same SDL.
    './src/gql/keyless-types.ts': { plugins: ['keyless-types'] },
  },
};

export default config;
