/**
 * A transcript with no speakers and no turns — an OpenAI `{"text": …}` answer without segments, or a
 * pasted paragraph — is one or two long utterances. Role assignment would make the whole of it staff
 * (keigo somewhere in it wins) and nothing in it would ever be judged. Instead it is split into
 * sentences, each judged as the unknown party unless it clearly sounds like staff: roles that are
 * unsure must never silence a whole call.
 */
import type { Transcript, Utterance } from './transcript.js';

/** At most this many utterances, none with a speaker, makes a monologue. */
const MAX_UTTERANCES = 2;

/** Sentences of a text, their end punctuation kept; linear in the text. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    // 。！？!? and a line break always end a sentence; a full stop only before a space (3.5, e.g.).
    const fullStop = c === '.' && (i + 1 === text.length || /\s/.test(text[i + 1]!));
    if (!fullStop && !'。！？!?\n'.includes(c)) continue;
    // Runs of end marks (！？, ?!) stay with their sentence.
    while (i + 1 < text.length && /[。！？!?.]/.test(text[i + 1]!)) i++;
    const s = text.slice(start, i + 1).trim();
    if (s) out.push(s);
    start = i + 1;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** The transcript split into sentences when it is a monologue (`split` says whether it was). */
export function splitMonologue(t: Transcript): { transcript: Transcript; split: boolean } {
  if (t.utterances.length === 0 || t.utterances.length > MAX_UTTERANCES || t.utterances.some((u) => u.speaker !== null)) {
    return { transcript: t, split: false };
  }
  const out: Utterance[] = [];
  for (const u of t.utterances) {
    const sentences = splitSentences(u.text);
    const total = sentences.reduce((n, s) => n + s.length, 0) || 1;
    let done = 0;
    for (const s of sentences) {
      // Times, when the utterance has them, are shared out by length (speech runs at a roughly even pace).
      const at = (chars: number) => (u.start !== null && u.end !== null ? u.start + ((u.end - u.start) * chars) / total : null);
      out.push({ index: out.length, start: at(done), end: at(done + s.length), speaker: null, text: s, line: u.line });
      done += s.length;
    }
  }
  if (out.length <= t.utterances.length) return { transcript: t, split: false };
  return {
    transcript: { ...t, utterances: out, warnings: [...t.warnings, 'no speakers or turns: split into sentences, each judged unless it clearly sounds like staff'] },
    split: true,
  };
}
