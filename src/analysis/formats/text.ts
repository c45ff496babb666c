/** Utterance text as the analysis wants it: one line, single spaces, no padding. */
export function normaliseText(text: string): string {
  // Most cues are already clean; testing is cheaper than rebuilding the string.
  if (!/\s\s|[^\S ]|^ | $/.test(text)) return text;
  return text.replace(/\s+/g, ' ').trim();
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  nbsp: ' ',
  quot: '"',
  apos: "'",
  lrm: '',
  rlm: '',
};

const ENTITY = /&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g;

/** The character references captions use; unknown names stay as written rather than guessed. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Longest markup tag looked for; a `<` with no `>` this close is a literal less-than sign. */
const MAX_TAG_LENGTH = 200;

export interface MarkupText {
  /** The first voice tag's name (`<v Name>` or `<v.class Name>`), trimmed. */
  voice: string | null;
  text: string;
}

/**
 * Removes caption markup (<v>, <c>, <i>, <b>, <u>, <font>, <00:01.000> timestamps…) in one linear scan
 * and keeps the first voice name. Ruby readings (<rt>) are dropped so kanji are not doubled.
 */
export function stripMarkup(input: string): MarkupText {
  if (!input.includes('<')) return { voice: null, text: decodeEntities(input) };
  let voice: string | null = null;
  let out = '';
  let inRubyText = false;
  let i = 0;
  while (i < input.length) {
    const lt = input.indexOf('<', i);
    if (lt < 0) {
      if (!inRubyText) out += input.slice(i);
      break;
    }
    if (!inRubyText) out += input.slice(i, lt);
    // Looked for near the '<' only: a line of '<' without '>' must not be rescanned from every one.
    const near = input.slice(lt + 1, lt + 1 + MAX_TAG_LENGTH).indexOf('>');
    const gt = near < 0 ? -1 : lt + 1 + near;
    const tag = gt < 0 ? null : input.slice(lt + 1, gt);
    if (tag === null || !startsTag(tag.charCodeAt(0)) || tag.includes('<')) {
      if (!inRubyText) out += '<';
      i = lt + 1;
      continue;
    }
    const name = tagName(tag);
    if (name === 'v' && voice === null) {
      const space = tag.search(/[ \t]/);
      const label = space < 0 ? '' : tag.slice(space).trim();
      if (label !== '') voice = decodeEntities(label);
    } else if (name === 'rt') {
      inRubyText = true;
    } else if (name === '/rt') {
      inRubyText = false;
    }
    // A removed tag may have separated words ("a<br>b"); normaliseText collapses any extra space.
    if (name === 'br') out += ' ';
    i = gt + 1;
  }
  return { voice, text: decodeEntities(out) };
}

/** Tags start with a letter, a slash or (timestamp tags) a digit. */
function startsTag(c: number): boolean {
  return c === 0x2f || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** `v` of `v.loud Name`, `/rt` of `/rt`: up to the first space, tab or class dot. */
function tagName(tag: string): string {
  let end = 0;
  while (end < tag.length) {
    const c = tag.charCodeAt(end);
    if (c === 0x20 || c === 0x09 || c === 0x2e) break;
    end++;
  }
  return tag.slice(0, end).toLowerCase();
}
