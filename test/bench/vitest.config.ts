import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Benchmarks run apart from the tests (`pnpm bench`): they measure, they do not assert time.
const root = fileURLToPath(new URL('../..', import.meta.url));
const graphqlEntry = createRequire(new URL('../../packages/server/package.json', import.meta.url)).resolve('graphql');

export default defineConfig({
  root,
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    setupFiles: ['test/helpers/setup.ts'],
    include: ['test/bench/**/*.bench.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
