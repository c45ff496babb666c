/**
 * `Name: text` prefixes. A label is short and reads like a name or role, not like the start of a
 * sentence that happens to contain a colon.
 */
const MAX_LABEL_LENGTH = 20;
const SENTENCE_PUNCTUATION = /[。、，,！？!?「」『』“”"…]/;

export interface SpeakerSplit {
  speaker: string | null;
  text: string;
}

export function splitSpeaker(line: string): SpeakerSplit {
  const limit = MAX_LABEL_LENGTH * 3;
  const ascii = line.indexOf(':');
  const wide = line.indexOf('：');
  const colon = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
  if (colon <= 0 || colon > limit) return { speaker: null, text: line };
  // "10:30" and "https://" are not speaker labels.
  const before = line[colon - 1] ?? '';
  const after = line[colon + 1] ?? '';
  if (line[colon] === ':' && (after === '/' || (/\d/.test(before) && /\d/.test(after)))) {
    return { speaker: null, text: line };
  }
  const label = line.slice(0, colon).trim();
  if (label === '' || label.includes('\n') || label.length > MAX_LABEL_LENGTH || SENTENCE_PUNCTUATION.test(label)) {
    return { speaker: null, text: line };
  }
  return { speaker: label, text: line.slice(colon + 1) };
}

/**
 * Splits prefixes only when the file uses them: in a file without speakers (a third of SRT output)
 * an occasional "Look: …" is speech, not a label. At least half the lines must carry one.
 */
export function splitSpeakersIfConsistent(texts: readonly string[]): SpeakerSplit[] {
  const splits = texts.map(splitSpeaker);
  const labelled = splits.filter((s) => s.speaker !== null).length;
  if (labelled * 2 >= texts.length) return splits;
  return texts.map((text) => ({ speaker: null, text }));
}
