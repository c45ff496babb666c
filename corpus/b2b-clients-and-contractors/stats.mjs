// prints the counts used in README.md
import { readFileSync } from 'node:fs';
const L = readFileSync(new URL('./labels.jsonl', import.meta.url), 'utf8').trim().split('\n').map(JSON.parse);
const fmt = (l) => { const t = readFileSync(new URL('./' + l.file, import.meta.url), 'utf8'); const e = l.file.split('.').pop(); if (e === 'vtt') return t.includes('<v ') ? 'vtt-teams' : 'vtt-zoom'; if (e === 'srt') return /SPEAKER_/.test(t) ? 'srt-speaker' : 'srt-plain'; return e; };
const tally = (f) => L.reduce((m, l) => { for (const k of [].concat(f(l))) m[k] = (m[k] ?? 0) + 1; return m; }, {});
console.log('lang', tally((l) => l.lang)); console.log('verdict', tally((l) => `${l.lang}/${l.verdict}`));
console.log('format', tally(fmt)); console.log('setting', tally((l) => l.setting));
console.log('severity', tally((l) => l.verdict === 'kasuhara' ? 'sev' + l.severity : 'none'));
console.log('borderline', L.filter((l) => l.borderline).map((l) => l.id.replace('b2b-clients-and-contractors-', '') + '(' + l.verdict + ')').join(' '));
console.log('categories', tally((l) => l.categories));
const B = readFileSync(new URL('./bank.jsonl', import.meta.url), 'utf8').trim().split('\n').map(JSON.parse);
console.log('bank', B.reduce((m, b) => { const k = b.lang + '/' + b.kind; m[k] = (m[k] ?? 0) + 1; return m; }, {}));
console.log('bank categories', B.reduce((m, b) => { for (const c of b.categories) m[c] = (m[c] ?? 0) + 1; return m; }, {}));
