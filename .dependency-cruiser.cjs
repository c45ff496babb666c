// The layer rules of docs/architecture.md, checked by tests/architecture/boundaries.test.ts in `npm test`
// (which also checks that no two features import each other, through any path, at folder level).
// `npx depcruise src` prints every violation with these rules, the known ones included.

// Node modules that reach the world (files, network, processes, threads): analysis is pure and uses none.
const NODE_IO =
  '^(node:)?(fs|fs/promises|net|http|https|http2|child_process|worker_threads|cluster|dgram|dns|dns/promises|tls|readline|os|process|inspector|v8|vm)$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'bots-not-to-db',
      comment: 'Adapters translate and render; they reach data through flows, never the database or the ORM.',
      severity: 'error',
      from: { path: '^src/bots/' },
      to: { path: ['^src/db/', '(^|/)node_modules/drizzle-orm/'] },
    },
    {
      name: 'flows-not-to-bots',
      comment: 'The core never knows a platform.',
      severity: 'error',
      from: { path: '^src/flows/' },
      to: { path: '^src/bots/' },
    },
    {
      name: 'analysis-only-analysis',
      comment: 'analysis is a pure library: it imports only itself (and the pure packages in the next rule).',
      severity: 'error',
      from: { path: '^src/analysis/' },
      to: { path: '^src/', pathNot: '^src/analysis/' },
    },
    {
      name: 'analysis-no-packages',
      comment: 'Packages analysis may use are pure functions on data; a new one is a decision, made here.',
      severity: 'error',
      from: { path: '^src/analysis/' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'], pathNot: '(^|/)node_modules/encoding-japanese/' },
    },
    {
      name: 'analysis-no-node-io',
      comment: 'No files, network, processes or threads in analysis: it runs the same in a test, the CLI and a worker thread.',
      severity: 'error',
      from: { path: '^src/analysis/' },
      to: { dependencyTypes: ['core'], path: NODE_IO },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^(src/|node_modules/|node:|[a-z_]+$)',
    // Type-only imports count: an adapter that names a table's row type still depends on the database.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
