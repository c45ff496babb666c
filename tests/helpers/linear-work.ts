/**
 * What the linearity tests count instead of time: the characters regular expressions are asked to scan and
 * the Set look-ups (what every stage of the engine and the guard spends its time on), and the quantifiers
 * in a pattern's source that could make one scan grow faster than its input.
 */
const exec = RegExp.prototype.exec;
const has = Set.prototype.has;

/** Runs fn and returns the characters its regexes scanned plus its Set look-ups, and the patterns it ran. Deterministic. */
export function countWork(fn: () => void): { count: number; patterns: Set<string> } {
  let count = 0;
  const patterns = new Set<string>();
  // Every regex method (test, match, matchAll, replace, split) goes through exec once it is replaced.
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    patterns.add(this.source);
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, input);
    // A sticky regex (split uses one) tries one position only; the others scan from `from` on.
    const scanned = this.sticky ? (m?.[0].length ?? 0) : m === null ? String(input).length - from : m.index + m[0].length - from;
    count += Math.max(1, scanned);
    return m;
  };
  Set.prototype.has = function (this: Set<unknown>, value: unknown) {
    count++;
    return has.call(this, value);
  };
  try {
    fn();
  } finally {
    RegExp.prototype.exec = exec;
    Set.prototype.has = has;
  }
  return { count, patterns };
}

/** Runs fn inside countWork without counting it (work bounded elsewhere, e.g. a tokenizer fed a fixed window). */
export function uncounted<T>(fn: () => T): T {
  const countingExec = RegExp.prototype.exec;
  const countingHas = Set.prototype.has;
  RegExp.prototype.exec = exec;
  Set.prototype.has = has;
  try {
    return fn();
  } finally {
    RegExp.prototype.exec = countingExec;
    Set.prototype.has = countingHas;
  }
}

/**
 * `+`, `*` and `{n,}` outside character classes in a regular expression's source, each with the text before
 * it: the quantifiers that can make a pattern's cost grow faster than its input (the linearity tests list them).
 */
export function unboundedQuantifiers(source: string): string[] {
  const found: string[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '+' || c === '*' || (c === '{' && /^\{\d+,\}/.test(source.slice(i)))) found.push(source.slice(Math.max(0, i - 20), i + 1));
  }
  return found;
}
