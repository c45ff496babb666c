// Tiny helpers so the conversations can be written compactly.
// T`...` turns a block of lines into structured turns:
//   "C| text @@ab,th"  -> ['C', 'text', ['abuse','threat']]
//   "S| text"          -> ['S', 'text']
//   "~45"              -> {pause: 45}   (silence / hold / gap between chat messages, seconds)
export const CAT = { ph: 'physical', th: 'threat', ab: 'abuse', in: 'intimidation', ap: 'apology_coercion', ud: 'unreasonable_demand',
  pe: 'persistence', re: 'restraint', se: 'sexual', di: 'discrimination', pt: 'personal_targeting', sn: 'sns_exposure' };
export const cats = (s) => s.split(',').map((x) => x.trim()).filter(Boolean).map((x) => { if (!CAT[x]) throw new Error('unknown category code ' + x); return CAT[x]; });
export function T(strings, ...vals) {
  const raw = strings.reduce((a, s, i) => a + s + (i < vals.length ? vals[i] : ''), '');
  const out = [];
  for (const line0 of raw.split('\n')) {
    const line = line0.trim();
    if (!line) continue;
    const p = line.match(/^~(\d+(?:\.\d+)?)$/);
    if (p) { out.push({ pause: +p[1] }); continue; }
    const m = line.match(/^([A-Z][A-Z0-9]?)\|\s?(.*)$/);
    if (!m) throw new Error('bad turn line: ' + line);
    let text = m[2]; let c = null;
    const k = text.lastIndexOf(' @@');
    if (k >= 0) { c = cats(text.slice(k + 3)); text = text.slice(0, k); }
    out.push(c ? [m[1], text.trim(), c] : [m[1], text.trim()]);
  }
  return out;
}
// sp({C:'顧客'}, {S:'オペレーター'}) -> speakers with roles (first object: customers, second: staff)
export function sp(customers, staff) {
  const o = {};
  for (const [k, name] of Object.entries(customers)) o[k] = { name, role: 'customer' };
  for (const [k, name] of Object.entries(staff)) o[k] = { name, role: 'staff' };
  return o;
}
