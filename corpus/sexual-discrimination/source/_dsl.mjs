// Small authoring helper: turns a readable script into structured turns.
// Script line:  key| text  #cats  @pause  =duration
//   key       speaker key from meta.speakers ({role, name, txt?})
//   #cats     categories of a customer turn (comma separated, short or full ids)
//   @pause    silence before the turn, seconds (holds, thinking)
//   =duration override of the spoken duration, seconds
// Lines that are blank or start with // are ignored.
export const CAT = {
  ph: 'physical', th: 'threat', ab: 'abuse', im: 'intimidation', ac: 'apology_coercion',
  ud: 'unreasonable_demand', ps: 'persistence', rs: 'restraint', sx: 'sexual',
  dc: 'discrimination', pt: 'personal_targeting', sn: 'sns_exposure',
};
const FULL = new Set(Object.values(CAT));

export function conv(meta, script) {
  const turns = [];
  for (const raw of script.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('//')) continue;
    const m = line.match(/^([A-Za-z0-9]+)\|\s*(.*)$/);
    if (!m) throw new Error(`${meta.id}: bad line: ${line}`);
    const key = m[1];
    let text = m[2];
    if (key === 'x' && !meta.speakers.x) meta.speakers.x = { role: 'other', name: 'asr' }; // recogniser's invented line
    const sp = meta.speakers[key];
    if (!sp) throw new Error(`${meta.id}: unknown speaker ${key}`);
    let categories = [], pause = null, duration = null, mm;
    while ((mm = text.match(/\s+([#@=])([a-z_,]+|\d+(?:\.\d+)?)$/))) {
      const v = mm[2];
      if (mm[1] === '#') categories = v.split(',').map(c => CAT[c] || c);
      else if (mm[1] === '@') pause = Number(v);
      else duration = Number(v);
      text = text.slice(0, mm.index);
    }
    for (const c of categories) if (!FULL.has(c)) throw new Error(`${meta.id}: bad category ${c}`);
    turns.push({ role: sp.role, speaker: sp.name, key, text: text.trim(), categories, pause, duration });
  }
  return { ...meta, turns };
}
