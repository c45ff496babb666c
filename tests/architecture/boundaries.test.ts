import { beforeAll, describe, expect, it } from 'vitest';
import { cruise, type IModule } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { featureCycleEdges, featureOf, type FileEdge } from './feature-cycles.js';
import { KNOWN_VIOLATIONS } from './known-violations.js';

// The layer rules live in .dependency-cruiser.cjs (so `npx depcruise src` prints the same); this test adds
// the feature cycles and holds both to the known list, which may only shrink.

/** `node_modules/drizzle-orm/index.cjs` → `drizzle-orm`: a package is one thing, whatever file it resolves to. */
function named(path: string): string {
  const pkg = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return pkg ? pkg[1]! : path;
}

let modules: IModule[];
let violations: Map<string, string[]>;

beforeAll(async () => {
  const options = await extractDepcruiseOptions('./.dependency-cruiser.cjs');
  const result = await cruise(['src'], options, {}, { tsConfig: extractTSConfig('tsconfig.json') });
  if (typeof result.output === 'string') throw new Error('dependency-cruiser returned text, not a result');
  modules = result.output.modules;
  violations = new Map();
  for (const v of result.output.summary.violations) {
    violations.set(`${v.rule.name}: ${v.from} → ${named(v.to)}`, []);
  }
  const edges: FileEdge[] = modules.flatMap((m) => m.dependencies.map((d) => ({ from: m.source, to: d.resolved })));
  for (const [edge, files] of featureCycleEdges(edges)) violations.set(`feature-cycle: ${edge}`, files);
}, 120_000);

describe('the boundaries of docs/architecture.md', () => {
  it('reads the whole of src, resolving every import of our own files', () => {
    expect(modules.filter((m) => m.source.startsWith('src/')).length).toBeGreaterThan(300);
    const unresolved = modules.flatMap((m) =>
      m.dependencies.filter((d) => d.couldNotResolve && d.module.startsWith('.')).map((d) => `${m.source} → ${d.module}`),
    );
    expect(unresolved).toEqual([]);
    // a type-only import and a dynamic import are both seen: neither is a way around the rules
    const deps = modules.flatMap((m) => m.dependencies);
    expect(deps.some((d) => d.dependencyTypes.includes('type-only'))).toBe(true);
    expect(deps.some((d) => d.dynamic)).toBe(true);
  });

  it('breaks no rule beyond the known violations', () => {
    const known = new Set(KNOWN_VIOLATIONS);
    const added = [...violations.keys()].filter((v) => !known.has(v));
    const why = added.map((v) => [v, ...(violations.get(v) ?? []).map((f) => `    ${f}`)].join('\n')).join('\n');
    expect(added, `new boundary violations (fix the import; the known list only shrinks):\n${why}`).toEqual([]);
  });

  it('lists no violation that is gone, so a fixed one cannot come back unnoticed', () => {
    const stale = KNOWN_VIOLATIONS.filter((v) => !violations.has(v));
    expect(stale, 'fixed: delete these lines from tests/architecture/known-violations.ts').toEqual([]);
    expect(new Set(KNOWN_VIOLATIONS).size).toBe(KNOWN_VIOLATIONS.length);
  });
});

describe('feature cycles', () => {
  it('puts each file in its feature: flows has its own features, its views and actions are the core', () => {
    expect(featureOf('src/jobs/boss.ts')).toBe('src/jobs');
    expect(featureOf('src/flows/booking/book.ts')).toBe('src/flows/booking');
    expect(featureOf('src/flows/views/view.ts')).toBe('src/flows');
    expect(featureOf('src/flows/ports.ts')).toBe('src/flows');
    expect(featureOf('src/config.ts')).toBe('src/config.ts');
    expect(featureOf('node_modules/zod/index.js')).toBeNull();
  });

  it('finds a cycle made of one-way file imports through a third feature, and only the edges on it', () => {
    const edges = [
      { from: 'src/review/index.ts', to: 'src/flows/community/japanese.ts' },
      { from: 'src/flows/community/guard.ts', to: 'src/jobs/queues.ts' },
      { from: 'src/jobs/admin.ts', to: 'src/review/config.ts' },
      { from: 'src/server/main.ts', to: 'src/jobs/boss.ts' },
      { from: 'src/review/mask.ts', to: 'src/review/index.ts' },
    ];
    expect([...featureCycleEdges(edges).keys()].sort()).toEqual([
      'src/flows/community → src/jobs',
      'src/jobs → src/review',
      'src/review → src/flows/community',
    ]);
    expect(featureCycleEdges(edges.slice(1)).size).toBe(0);
  });
});
