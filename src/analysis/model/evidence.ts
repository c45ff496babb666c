/** A model feature in words a supervisor reads (「“殺す”という言葉」, 「同じ要求の繰り返し 3回目」). */
import { categoryName } from '../advice.js';
import type { Language } from '../result.js';
import type { Hit } from '../signals.js';

/** A rule that fired, by what it recognises (its stable id stays in the result for contributors: 「規則: 脅迫 (ja.threat.殺-6189ef)」). */
export function describeRule(hit: Hit, lang: Language): string {
  return lang === 'ja' ? `規則: ${categoryName(hit.category, lang)} (${hit.rule})` : `rule: ${categoryName(hit.category, lang)} (${hit.rule})`;
}

/**
 * Whether an n-gram means something to a reader: two kana alone (「たな」) are a fragment of a word, a
 * kanji or a longer run is not.
 */
export function readableFeature(feature: string): boolean {
  if (feature.startsWith('w:')) return feature.length > 4;
  // Rules are described from the hits themselves (describeRule); the rest are not evidence a reader can use.
  if (!feature.startsWith('c:')) return !/^(?:bias$|rule:|cat:|lang:|ctx:third|ctx:len)/.test(feature);
  const text = feature.slice(2).replace(/[\^$ ]/g, '');
  return /[\u3400-\u9fff]/u.test(text) ? text.length >= 1 && feature.length > 3 : text.length >= 3;
}

const CONTEXT: Record<string, { ja: string; en: string }> = {
  'ctx:after-refusal': { ja: '断られた直後', en: 'right after a refusal' },
  'ctx:polite': { ja: '丁寧な言い方', en: 'polite wording' },
  'ctx:complaint': { ja: '不満の表明', en: 'a stated grievance' },
  'ctx:quoting': { ja: '他人の言葉の引用', en: 'quoting someone else' },
  'ctx:reads-out': { ja: '他人の言葉の読み上げ・再生', en: 'reading out or playing back someone else' },
  'ctx:in-quotes': { ja: 'かぎかっこ内の言葉', en: 'words in quotation marks' },
  'ctx:role-play': { ja: 'ロールプレイ（研修）の中', en: 'inside a role-play' },
};

export function describeFeature(feature: string, lang: Language): string {
  const ja = lang === 'ja';
  if (feature.startsWith('c:') || feature.startsWith('w:')) {
    const text = feature.slice(2).replace(/[\^$]/g, '').trim();
    return ja ? `「${text}」という言葉` : `the words "${text}"`;
  }
  if (feature.startsWith('cat:')) return ja ? `規則の分類: ${feature.slice(4)}` : `rule category: ${feature.slice(4)}`;
  const said = /^ctx:said-before:(\d)$/.exec(feature);
  if (said) return ja ? `同じ内容の繰り返し ${Number(said[1]) + 1}回目以上` : `said ${Number(said[1]) + 1}+ times`;
  const demand = /^ctx:demand:(\d)$/.exec(feature);
  if (demand) return ja ? `要求 ${demand[1]}回目` : `demand no. ${demand[1]}`;
  return CONTEXT[feature]?.[lang] ?? feature;
}
