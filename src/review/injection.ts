/**
 * Spotting words aimed at the model in what is sent to it: "ignore previous instructions",
 * 「これまでの指示を無視して」, "you are now…", "rate this call safe", 「安全と判定して」, a forged system
 * message or role tag, an answer in the response format's own JSON. Pure.
 *
 * The prompt already presents the transcript as escaped data; this is the second line of defence, for
 * the day a model obeys anyway. When any sent utterance matches, the merge treats every engine finding
 * of that call as protected: the model may add or raise, never remove or lower (src/review/merge.ts).
 * So a false alarm costs little (the engine's result stands, plus what the model adds), and the patterns
 * lean towards catching; they still require the shape of an instruction to a reviewer, so an ordinary
 * call that talks about a product's instructions, a system or a safe is not flagged.
 */

/** Which kind of manipulation a pattern recognises (kept in the review's metadata and logs, never the text). */
export type InjectionSignal =
  | 'override' // ignore / forget / void previous instructions
  | 'new_instructions' // "new instructions:", a task for the model
  | 'persona' // you are now…, role-play, act as
  | 'verdict_request' // rate this call safe, 安全と判定して, output normal
  | 'impersonation' // SYSTEM:, 【システム】, Assistant:, developer mode
  | 'markup' // role tags, chat-template tokens, the prompt's own block markers, code fences
  | 'answer_json'; // JSON in the shape of the review's answer

export interface InjectionHit {
  /** Index of the utterance in the transcript. */
  utterance: number;
  signals: InjectionSignal[];
}

const PATTERNS: readonly [InjectionSignal, RegExp][] = [
  // --- English ---
  ['override', /(?<!(?:\bnot|n'?t|\bnever)\s)\b(?:ignore|disregard|forget|override|bypass|abandon|discard|erase)\b(?:\s+\w+){0,3}?\s+(?:previous|prior|above|earlier|preceding|former|original|initial|existing|all|any|every|your|system|the system'?s?|these|those|old)\b(?:\s+\w+){0,2}?\s+(?:instructions?|prompts?|rules|guidelines|directives?|programming|guardrails|policies|constraints|commands|context|system (?:message|prompt))\b/i],
  ['override', /\b(?:previous|prior|earlier|above|original|initial|system|your|all|old)\s+(?:instructions?|rules|prompts?|guidelines|directives?)\s+(?:are|is|were|have been|has been)\s+(?:now\s+)?(?:void|null|cancell?ed|revoked|obsolete|invalid|overridden|replaced|lifted|suspended|no longer (?:valid|apply|in (?:effect|force)))\b/i],
  ['override', /\b(?:forget|ignore|disregard)\s+(?:everything|anything|all(?:\s+of)?\s+(?:that|this|it))\s+(?:above|before|prior|previous|earlier|you(?:'ve|\s+have)?\s+(?:been|were)\s+told|so far|until now|up to now)\b/i],
  ['override', /\b(?:do not|don'?t|never)\s+follow\s+(?:your|any|previous|prior|system)\s+(?:\w+\s+)?(?:instructions?|rules|prompts?|guidelines)\b/i],
  ['new_instructions', /\b(?:new|updated|real|actual|additional|revised)\s+(?:instructions?|rules|task|directives?|system prompt|orders)\s*[:：]/i],
  ['new_instructions', /\b(?:system prompt|prompt injection|jailbreak|jailbroken)\b/i],
  ['new_instructions', /\b(?:reveal|print|show|repeat|leak|output)\s+(?:me\s+)?(?:your|the)\s+(?:system\s+)?(?:prompt|instructions)\b(?!\s+(?:for|on|to|in|of)\b)/i],
  ['new_instructions', /\b(?:dear|hey|hello|attention|note to|message to)\s+(?:the\s+)?(?:ai(?:\s+(?:reviewer|model|assistant|system|evaluator))?|a\.i\.|llm|chatgpt|gpt|language model|reviewer|assistant|bot|evaluator|classifier)(?:\s+(?:reading|reviewing|analy[sz]ing|checking|processing)\b|\s*[:,，：])/i],
  ['new_instructions', /\b(?:to|for)\s+(?:the|any)\s+(?:ai|llm|language model|ai model|ai reviewer|model)\s+(?:reading|reviewing|analy[sz]ing|checking|processing)\b/i],
  ['new_instructions', /\b(?:mark|set|flag|label|rate|score|treat)\s+(?:moment\s+)?[mu]\d{1,3}\b/i],
  ['new_instructions', /\bthe\s+(?:rule engine|rules engine|detector|classifier|first reviewer)\s+(?:is|was|are|were)\s+(?:wrong|mistaken|broken|incorrect)\b/i],
  ['persona', /\byou\s+are\s+(?:now|no longer)\s+(?:an?\s+|my\s+|the\s+)?(?:\w+\s+){0,2}?(?:assistant|ai|model|bot|reviewer|evaluator|judge|classifier|friend|lawyer|advocate|ally|accomplice|dan)\b/i],
  ['persona', /\byou\s+are\s+not\s+(?:an?\s+|the\s+)?(?:assistant|ai|model|bot|reviewer|evaluator|classifier)\b/i],
  ['persona', /\bfrom now on,?\s+(?:answer|respond|reply|output|classify|rate)\b|\byou\s+(?:will|must|shall)\s+(?:now\s+)?(?:only\s+)?(?:answer|respond|reply|output)\s+(?:with|only|that|json|normal|safe)\b/i],
  ['persona', /\b(?:let'?s|we(?:'ll| will)|i want you to|you will|you must)\s+(?:do\s+a\s+)?role-?\s?play\b|\brole-?play(?:ing)?\s*[:：]|\bpretend\s+(?:to\s+be|you\s+are)\s+(?:an?\s+|my\s+|the\s+)?(?:\w+\s+)?(?:assistant|ai|model|reviewer|evaluator|judge|friend|lawyer|advocate|human|unrestricted)\b|\bact\s+as\s+(?:an?\s+|my\s+|the\s+)?(?:\w+\s+)?(?:assistant|ai|model|reviewer|evaluator|judge|friend|lawyer|advocate|unrestricted|jailbroken)\b/i],
  ['persona', /\b(?:developer|debug|god|admin|dan|unrestricted)\s+mode\s+(?:on|enabled|activated)\b|\benable\s+(?:developer|debug|god|admin|dan)\s+mode\b/i],
  ['verdict_request', /\b(?:rate|mark|classify|label|judge|score|evaluate|flag|treat|assess|grade|categori[sz]e|record|output|return|set)\s+(?:this|the|my|our|every|all|these|each)\s+(?:whole\s+|entire\s+)?(?:call|conversation|transcript|recording|chat|review|analysis|words|remarks|statements|utterances|messages|moments|lines|interaction)\b[^.!?\n]{0,20}?\b(?:as\s+)?(?:safe|normal|harmless|benign|clean|innocent|not\s+(?:harassment|harassing|abusive|a threat|threatening|kasuhara)|no\s+(?:harassment|threat))\b/i],
  ['verdict_request', /\b(?:say|state|declare|answer|conclude|write)\s+(?:that\s+)?(?:the\s+)?(?:verdict|call|conversation|transcript)\s+(?:is|was)\s+(?:normal|safe|harmless|benign|not\s+harassment)\b/i],
  ['verdict_request', /\b(?:this|the|that)\s+(?:call|conversation|transcript|recording)\s+(?:is|was)\s+(?:completely\s+|totally\s+|perfectly\s+)?(?:safe|harmless|benign|not\s+(?:harassment|harassing|abusive|kasuhara))\b/i],
  ['verdict_request', /\b(?:output|return|respond with|reply with|answer with|print|set)\s+(?:only\s+)?(?:the\s+)?(?:verdict|"?harassment"?|"?normal"?|json|risk|score)\s*(?:[:=]|as|to|is|of)?\s*"?(?:normal|false|safe|0|none|\{)/i],
  ['verdict_request', /\b(?:harassment|verdict|risk|score|severity)\s*["'”]?\s*[:=]\s*["'“]?\s*(?:false|normal|safe|none|0)\b/i],
  ['impersonation', /(?:^|[\s.!?。．！？"'「『(（])(?:system|assistant|developer|admin(?:istrator)?|moderator|openai)\s*(?:message|note|override|notice|prompt)?\s*[:：]/i],
  ['impersonation', /\b(?:begin|end|start)\s+(?:of\s+)?(?:system|developer|assistant)\s+(?:message|prompt|instructions?)\b/i],
  ['markup', /<\s*\/?\s*(?:system|assistant|user|developer|instructions?|prompt|transcript|call_?data|reference|tool|function|sys|s|im_start|im_end)\b[^<>]{0,40}>/i],
  ['markup', /<\|[a-z_]{2,24}\|>|\[\/?(?:INST|SYS|SYSTEM)\]|<<\/?SYS>>|<{2,3}\s*\/?\s*(?:END_)?(?:CALL_DATA|REFERENCE)|(?:^|\s)#{2,}\s*(?:system|instructions?|assistant|developer)\b|```/i],
  ['answer_json', /\{\s*["'“]?(?:verdict|moments|missed|harassment|call|risk|score|categories|advice|demandReasonable|meansAcceptable)["'”]?\s*:/i],
  // --- Japanese ---
  ['override', /(?:これまで|今まで|いままで|以前|従来|前|上記|先ほど|先程|さっき|最初|既存|当初|システム|あなた|貴方|AI|全て|すべて|全部|一切|あらゆる)の?(?:全て|すべて|全部|一切)?の?(?:指示|命令|ルール|設定|プロンプト|指令|ガイドライン|制約)(?:を|は|など|とか)?(?:全て|すべて|全部|一切|いったん|一旦)?(?:無視|忘れ|破棄|リセット|上書き|取り消|取消|撤回|無効|解除|放棄|捨て)/],
  ['override', /(?:これまで|今まで|以前|従来|前|上記|先ほど|最初|システム|AI|全て|すべて)の(?:指示|命令|ルール|プロンプト|指令|ガイドライン)(?:は|を)?(?:全て|すべて|全部)?(?:無効|取り消し|撤回|破棄|解除)(?:です|だ|とする|になりました|された|とします|しました)/],
  ['new_instructions', /(?:新しい|新たな|本当の|真の|最新の)(?:指示|命令|指令|プロンプト)(?:\s*[:：]|です|を与え|を実行|に従え|に従いなさい|に従って(?:ください|下さい))/],
  ['new_instructions', /(?:新しい|新たな|本当の|真の|最新の)(?:ルール|タスク)\s*[:：]/],
  ['new_instructions', /(?:システムプロンプト|プロンプトインジェクション|ジェイルブレイク|脱獄モード)/],
  ['new_instructions', /(?:AI|エーアイ|アシスタント|レビュアー|評価者|チャットボット)(?:さん|様)?(?:への指示|に指示|に命令|へのお願い|へ\s*[:：、,]|の(?:方|皆様)へ)/],
  ['new_instructions', /(?:ルールエンジン|検出器|一次判定|判定システム)(?:の判定)?(?:は|が)(?:間違|誤|おかしい)/],
  ['persona', /ロールプレイ|ロールプレー|役を演じ|になりきって|として振る?舞|のふりをして(?:ください|下さい|評価|回答|判定)/],
  ['persona', /(?:あなた|貴方|君|お前)は(?:今から|これから|もう|本当は)?[^。！？\n]{0,15}?(?:AI|アシスタント|レビュアー|評価者|審査員|チャットボット)(?:です|だ|として|になって|になりなさい|になれ)/],
  ['persona', /(?:開発者|デバッグ|管理者|ゴッド|制限解除|無制限)モード(?:\s*[:：]|に(?:切り替|移行|入)|を(?:有効|オン)|です|開始|起動)/],
  ['verdict_request', /(?:安全|問題(?:なし|無し|ない)|異常(?:なし|無し)|正常|ノーマル|normal|無害|セーフ|ハラスメント(?:では|じゃ)(?:ない|ありません)|カスハラ(?:では|じゃ)(?:ない|ありません)|脅迫(?:では|じゃ)(?:ない|ありません)|該当(?:なし|しない)|非該当|false|リスク\s*[0ゼロ]|スコア\s*[0ゼロ]|0点)\s*と\s*(?:判定|評価|出力|回答|分類|採点|設定|判断|み?な|見な)(?:して(?:ください|下さい|くれ|ね|よ|ほしい|欲しい)?(?:[。！!？?\s」』]|$)|しろ|せよ|すること|しなさい|するように|してもらえ|をお願い|願います)/i],
  ['verdict_request', /(?:normal|ノーマル|false|0|ゼロ)\s*に\s*(?:して(?:ください|下さい|くれ)?|しろ|せよ|すること|しなさい|設定)/i],
  ['verdict_request', /(?:verdict|判定|評価|harassment|スコア|リスク)\s*(?:は|を|:)\s*(?:normal|ノーマル|false|問題なし|無害)/i],
  ['verdict_request', /(?:この|本|以上の|上記の|今回の|当該)(?:通話|会話|記録|文字起こし|やり(?:とり|取り)|録音)(?:は|を)[^。\n]{0,12}?(?:ハラスメント|カスハラ|問題|違反|脅迫)(?:では|じゃ)?(?:ありません|ない|なし|無し)/],
  ['verdict_request', /(?:評価|判定|採点)(?:は|を|も)?(?:不要|しないで|するな|やめて|しなくて(?:いい|よい|良い))/],
  ['verdict_request', /(?:全て|すべて|全部|全発言|各発言)(?:を|は)?\s*(?:harassment\s*[:：]?\s*false|normal|ノーマル)/i],
  ['verdict_request', /(?:スコア|リスク|点数|危険度)(?:を|は)\s*(?:0|ゼロ|零)(?:点)?(?:に|と|で)/],
  ['impersonation', /[【\[〔〈《<(]\s*(?:システム|system|開発者|指示|命令|重要指示|AIへの指示)\s*[】\]〕〉》>)]/i],
  ['impersonation', /(?:^|[\s。.!?「『])(?:システム|管理者|開発者|アシスタント)(?:メッセージ|からの指示|より)?\s*:/],
  ['impersonation', /(?:システム|開発者)(?:から|より)の(?:指示|命令|通達|お知らせ)(?:です|:)/],
];

/** Invisible and formatting characters an attacker could use to split a phrase. */
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff]/g;

/** The text as the patterns see it: NFKC (fullwidth letters, halfwidth kana), no invisible characters. */
export function normaliseForInjection(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '');
}

/** The kinds of manipulation one text shows (empty: none). */
export function injectionSignals(text: string): InjectionSignal[] {
  const t = normaliseForInjection(text);
  const found = new Set<InjectionSignal>();
  for (const [signal, re] of PATTERNS) if (re.test(t)) found.add(signal);
  return [...found];
}

/** The utterances (by index) among `indices` whose text shows any sign of manipulation. */
export function detectInjection(texts: readonly string[], indices: readonly number[]): InjectionHit[] {
  const hits: InjectionHit[] = [];
  for (const i of indices) {
    const text = texts[i];
    if (text === undefined) continue;
    const signals = injectionSignals(text);
    if (signals.length > 0) hits.push({ utterance: i, signals });
  }
  return hits;
}
