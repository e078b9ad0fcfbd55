/**
 * What may import what (docs/architecture.md, "The floors"). `pnpm lint` runs this twice: once
 * for the server and packages/schema (server tsconfig), once for the web (web tsconfig).
 * Type-only imports count (tsPreCompilationDeps): a circle through types is still a circle.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import circle anywhere: each file can be understood from the files below it.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'floor-imports-no-feature',
      comment:
        'The shared floor (modules/common and the request context) knows no feature: features build on it, ' +
        'and the registry (src/features.ts) is where they meet.',
      severity: 'error',
      from: { path: ['^packages/server/src/modules/common/', '^packages/server/src/context\\.ts$'] },
      to: { path: '^packages/server/src/modules/(?!common/)[^/]+/' },
    },
    {
      name: 'floor-imports-no-app',
      comment: 'Nor does it import what is built on the features (registry, schema, permissions, lifecycle, app).',
      severity: 'error',
      from: { path: ['^packages/server/src/modules/common/', '^packages/server/src/context\\.ts$'] },
      to: {
        path: '^packages/server/src/(features|schema|permissions|app|main|health)\\.ts$|^packages/server/src/request/',
      },
    },
    {
      name: 'features-import-no-registry',
      comment: 'A feature is listed by the registry; it never reads the registry or the app built from it.',
      severity: 'error',
      from: { path: '^packages/server/src/modules/' },
      to: {
        path: '^packages/server/src/(features|schema|permissions|app|main|health)\\.ts$|^packages/server/src/request/',
      },
    },
    {
      name: 'features-import-no-index',
      comment: "A feature's index.ts is for the registry: other features import the file they need.",
      severity: 'error',
      from: { path: '^packages/server/src/modules/([^/]+)/' },
      to: { path: '^packages/server/src/modules/([^/]+)/index\\.ts$', pathNot: '^packages/server/src/modules/$1/' },
    },
    {
      name: 'schema-imports-neither-server-nor-web',
      comment: 'packages/schema is the vocabulary both sides share: it depends on neither.',
      severity: 'error',
      from: { path: '^packages/schema/' },
      to: { path: '^packages/(server|web)/' },
    },
    {
      name: 'web-imports-no-server',
      comment: 'The web client speaks to the server over HTTP only; shared words come from packages/schema.',
      severity: 'error',
      from: { path: '^packages/web/' },
      to: { path: '^packages/server/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|\\.tsbuild|dist)/|/src/gql/' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
