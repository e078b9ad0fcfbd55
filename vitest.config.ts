import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 ships CommonJS (index.js) and ESM (index.mjs) side by side without an `exports` map.
// Node loads index.js for type-graphql and graphql-shield, while Vite would pick index.mjs for our
// sources, and two copies of graphql refuse each other's types. Pin everyone to the one Node uses.
const graphqlEntry = createRequire(new URL('./packages/server/package.json', import.meta.url)).resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    // type-graphql's decorators need the Reflect metadata API before any resolver module loads.
    setupFiles: ['test/helpers/setup.ts'],
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    // System tests boot a real server and PostgreSQL; argon2 and migrations take a moment.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores: more workers only make the servers under test fight for them.
    maxWorkers: 2,
    // The servers under test keep their request context (AsyncLocalStorage) the way `pnpm start`
    // runs the portal: in async context frames, not promise hooks (test/unit/runtime-flags.test.ts).
    execArgv: ['--experimental-async-context-frame'],
  },
});
