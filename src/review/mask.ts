/**
 * Personal data never leaves the process: names, phone numbers, addresses (and e-mail addresses,
 * postcodes, card and ID numbers, company names) found by the confidentiality guard's detectors are
 * replaced by numbered placeholders before a request, and speaker labels by neutral ones. The same
 * value always gets the same placeholder within one call, so the model can still follow who is who,
 * and `unmask` restores the originals in whatever the model writes back.
 */
import { findConfidential, type FindingKind } from '../text/guard.js';
import type { JapaneseTokenizer } from '../text/japanese.js';

const PREFIX: Record<FindingKind, string> = {
  person_name: 'NAME',
  phone: 'PHONE',
  address: 'ADDRESS',
  postal_code: 'POSTCODE',
  email: 'EMAIL',
  card_number: 'CARD',
  my_number: 'ID',
  company_name: 'COMPANY',
  store_name: 'STORE',
  facility_name: 'FACILITY',
  sns_handle: 'ACCOUNT',
  url: 'URL',
  member_number: 'NUMBER',
  birth_date: 'BIRTHDATE',
};

const PLACEHOLDER = /\[(NAME|PHONE|ADDRESS|POSTCODE|EMAIL|CARD|ID|COMPANY|STORE|FACILITY|ACCOUNT|URL|NUMBER|BIRTHDATE|SPEAKER)_(\d+)\]/g;

/** Speaker labels that are roles or recogniser ids, not names. */
const ROLE_LABEL =
  /^(?:[A-Za-z]|\d+|SPEAKER[_ ]?\d+|Speaker ?\d+|話者 ?\d+|(?:オペレーター|オペレータ|顧客|お客様|お客さま|客|担当|担当者|受付|職員|スタッフ|店員|係員|Agent|Caller|Staff|Customer|Operator|Client|Clerk|Representative|Rep|User|Unknown)\s*\d*)$/i;

export class PersonalDataMask {
  private readonly byValue = new Map<string, string>();
  private readonly byPlaceholder = new Map<string, string>();
  private readonly counters = new Map<string, number>();
  /** Names the transcript declares as speaker labels, longest first: masked wherever they appear in text. */
  private knownNames: string[] = [];

  constructor(private readonly tokenizer: JapaneseTokenizer) {}

  /** How many distinct values were masked. */
  get size(): number {
    return this.byPlaceholder.size;
  }

  private placeholder(prefix: string, value: string): string {
    const key = `${prefix}\u0000${value}`;
    let p = this.byValue.get(key);
    if (!p) {
      const n = (this.counters.get(prefix) ?? 0) + 1;
      this.counters.set(prefix, n);
      p = `[${prefix}_${n}]`;
      this.byValue.set(key, p);
      this.byPlaceholder.set(p, value);
    }
    return p;
  }

  /** The text with every finding replaced by its placeholder. */
  mask(text: string): string {
    // Text that already looks like a placeholder is defused, so a transcript cannot forge one.
    let safe = text.replace(PLACEHOLDER, (m) => m.replace('[', '［').replace(']', '］'));
    for (const name of this.knownNames) if (safe.includes(name)) safe = safe.split(name).join(this.placeholder('NAME', name));
    const findings = findConfidential(safe, this.tokenizer);
    let out = '';
    let at = 0;
    for (const f of findings) {
      if (f.start < at) continue;
      out += safe.slice(at, f.start) + this.placeholder(PREFIX[f.kind], f.text);
      at = f.end;
    }
    return out + safe.slice(at);
  }

  /**
   * A neutral label for a speaker as written in the input. A label that reads as a person's name
   * (山田 花子, not 顧客 or SPEAKER_00) also has its parts masked wherever they appear in the text: the
   * guard cannot know that a bare 山田 is a name, the transcript can.
   */
  speaker(label: string | null): string | null {
    if (label === null) return null;
    if (!ROLE_LABEL.test(label.trim())) {
      const parts = [label.trim(), ...label.trim().split(/[\s\u3000・]+/)].filter((p) => p.length >= (/[\u3040-\u9fff]/u.test(p) ? 2 : 3));
      this.knownNames = [...new Set([...this.knownNames, ...parts])].sort((a, b) => b.length - a.length);
    }
    return this.placeholder('SPEAKER', label);
  }

  /** Restores the originals in text the model wrote; unknown placeholders are left as they are. */
  unmask(text: string): string {
    return text.replace(PLACEHOLDER, (m) => this.byPlaceholder.get(m) ?? m);
  }
}
