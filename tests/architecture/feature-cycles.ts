/**
 * Folder-level cycles: two features that import each other, directly or through others, cannot be
 * understood, tested or moved one without the other. dependency-cruiser finds cycles between files;
 * this collapses its graph to features first, so a cycle made of many one-way file imports shows too.
 */

/** The feature a file belongs to: a top-level folder of src, except that each feature inside flows
 * (booking, community, insights) is its own; flows' root, views and actions are the shared core. Files
 * directly in src (config, logger) are each their own. Null for what is outside src (packages, node). */
export function featureOf(path: string): string | null {
  const inFlows = /^src\/flows\/([^/]+)\//.exec(path);
  if (inFlows && !['views', 'actions'].includes(inFlows[1]!)) return `src/flows/${inFlows[1]}`;
  const top = /^src\/([^/]+)\//.exec(path);
  if (top) return `src/${top[1]}`;
  return /^src\/[^/]+$/.test(path) ? path : null;
}

export type FileEdge = { from: string; to: string };

/** Every feature-to-feature edge that lies on a cycle, as `A → B`, with the file imports behind it. */
export function featureCycleEdges(edges: FileEdge[], feature = featureOf): Map<string, string[]> {
  const byFeatureEdge = new Map<string, { from: string; to: string; files: string[] }>();
  const next = new Map<string, Set<string>>();
  for (const e of edges) {
    const a = feature(e.from);
    const b = feature(e.to);
    if (!a || !b || a === b) continue;
    const key = `${a} → ${b}`;
    const entry = byFeatureEdge.get(key) ?? { from: a, to: b, files: [] };
    entry.files.push(`${e.from} → ${e.to}`);
    byFeatureEdge.set(key, entry);
    if (!next.has(a)) next.set(a, new Set());
    next.get(a)!.add(b);
  }
  const component = stronglyConnected(next);
  const onCycle = new Map<string, string[]>();
  for (const [key, e] of byFeatureEdge) {
    if (component.get(e.from) === component.get(e.to)) onCycle.set(key, e.files);
  }
  return onCycle;
}

/** Tarjan's algorithm: each node's component number; two nodes share one exactly when each reaches the other. */
function stronglyConnected(next: Map<string, Set<string>>): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const component = new Map<string, number>();
  const stack: string[] = [];
  let counter = 0;
  let components = 0;
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (!component.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      let w: string;
      do {
        w = stack.pop()!;
        component.set(w, components);
      } while (w !== v);
      components++;
    }
  };
  const nodes = new Set([...next.keys(), ...[...next.values()].flatMap((s) => [...s])]);
  for (const v of nodes) if (!index.has(v)) visit(v);
  return component;
}
