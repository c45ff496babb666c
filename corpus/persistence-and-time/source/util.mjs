// Helper: turns a compact script into structured turns.
// Line forms:  "c: text"  "c[P,R]: text" (customer with categories)  "s: text"  "~30" (pause of 30 s, optional label)
const MAP = { P: 'persistence', R: 'restraint', U: 'unreasonable_demand', A: 'apology_coercion', T: 'threat', B: 'abuse',
  I: 'intimidation', K: 'personal_targeting', S: 'sns_exposure', X: 'sexual', D: 'discrimination', H: 'physical' };
export function t(src) {
  const out = [];
  for (const raw of src.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    let m = line.match(/^~(\d+(?:\.\d+)?)(?:\s+(.*))?$/);
    if (m) { out.push({ pause: +m[1], note: m[2] ?? null }); continue; }
    m = line.match(/^([a-z]\d?)(?:\[([A-Z,]+)\])?:\s*(.+)$/);
    if (!m) throw new Error('bad script line: ' + line);
    const cats = m[2] ? m[2].split(',').map((k) => { if (!MAP[k]) throw new Error('bad cat ' + k); return MAP[k]; }) : undefined;
    out.push(cats ? [m[1], m[3], cats] : [m[1], m[3]]);
  }
  return out;
}
// speakers: sp(['c','顧客名','顧客'], ['s','担当名','オペレーター'], ...) ; first letter c* = customer, s* = staff
export function sp(...rows) {
  const o = {};
  for (const [k, name, log] of rows) o[k] = { name, log: log ?? name, role: k.startsWith('c') ? 'customer' : 'staff' };
  return o;
}
