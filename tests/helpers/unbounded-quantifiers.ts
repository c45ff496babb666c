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
