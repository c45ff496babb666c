/**
 * The response playbook of domain.md §4, per category and language. Phrases are our drafts modelled on
 * the MHLW manual and the Tokyo guidance. `staff` is what to say next; `supervisor` what to do.
 */
import type { Category, Language } from './result.js';

export interface Play {
  staff: string;
  supervisor: string;
}

export const PLAYBOOK: Record<Language, Record<Category, Play>> = {
  ja: {
    physical: {
      staff: '身の安全を最優先に、その場を離れてください。「危険ですので対応を中止し、警察に通報します」',
      supervisor: 'すぐに対応を引き継ぎ、110番通報を判断してください。防犯カメラ映像と録音を保全し、本人の怪我の有無を確認してください。',
    },
    threat: {
      staff: '言い返さず、発言をそのまま記録してください。「ただいまのご発言は脅迫と受け止めます。これ以上の対応はできません」',
      supervisor: '録音を保全し、警察（緊急時は110、相談は#9110）への相談・通報を判断してください。帰宅時の安全確保（同行・送迎）も検討してください。',
    },
    abuse: {
      staff: '一度だけ警告し、続けば終了します。「そのようなお言葉が続く場合、対応を終了させていただきます」',
      supervisor: '暴言の記録を残し、本人に「あなたの落ち度ではない」と伝えてください。続く場合は対応終了を承認してください。',
    },
    intimidation: {
      staff: 'ゆっくり話し、交代を申し出てください。「大きな声では伺えません。落ち着いてお話しいただけますか」',
      supervisor: '通話をモニターし、威圧が続く場合は交代するか終了を承認してください。一人で対応させないでください。',
    },
    apology_coercion: {
      staff: 'ご不便へのお詫びにとどめ、形式は断ってください。「ご不快の点はお詫びしますが、土下座や謝罪文には応じられません」',
      supervisor: '土下座・謝罪文・念書の要求には組織として応じない方針を伝え、以後の窓口を責任者に一本化してください。',
    },
    unreasonable_demand: {
      staff: '金額を先に言わず、具体的な要求を確認して規定を伝えてください。「具体的にどのような対応をお求めでしょうか」「規定上、返金は代金の範囲となります」',
      supervisor: '規定を超える補償には応じない判断を明確にし、回答を文書で統一してください。',
    },
    persistence: {
      staff: '回答は一度に絞り、同じ説明を繰り返さないでください。「本件は既にご回答済みで、内容は変わりません」',
      supervisor: '窓口を一本化し、接触履歴を記録してください。同じ要求の繰り返しが続く場合は対応終了を承認してください。',
    },
    restraint: {
      staff: '時間の上限を伝えて終了してください。「本日は○分が上限です。これで終了とさせていただきます」（来店時は「お引き取りください」を3回まで）',
      supervisor: '終了を承認し、居座りが続く場合は警察への通報を判断してください。',
    },
    sexual: {
      staff: '話題には乗らず、業務に戻してください。「業務に関係のないご質問にはお答えできません」',
      supervisor: '担当を交代し、本人の連絡先や勤務情報が伝わらないよう守ってください。繰り返す場合は出入禁止等を検討してください。',
    },
    discrimination: {
      staff: '一度だけ指摘し、必要なら交代してください。「担当者の属性に関するご発言はお控えください」',
      supervisor: '差別的な発言を記録し、担当者の交代は「要求に応じる」形でなく組織の判断として行ってください。本人へのケアを忘れずに。',
    },
    personal_targeting: {
      staff: '名字と代表窓口だけを伝えてください。「個人の連絡先はお伝えできません。窓口は代表番号です」',
      supervisor: '本人の氏名・勤務先情報の保護を確認し、待ち伏せ等のおそれがあれば帰宅時の安全確保と警察相談を行ってください。',
    },
    sns_exposure: {
      staff: '撮影・公開をはっきり断ってください。「従業員の撮影・公開はお断りします」',
      supervisor: '投稿の有無を確認してURLと日時を記録し、法務と削除依頼を検討してください。',
    },
  },
  en: {
    physical: {
      staff: 'Put your safety first and step away. "For safety I am stopping and calling the police."',
      supervisor: 'Take over now and decide on calling the police. Keep the footage and the recording; check whether the staff member is hurt.',
    },
    threat: {
      staff: 'Do not argue; note the exact words. "I take that as a threat. I can\'t continue this conversation."',
      supervisor: 'Keep the recording and decide on reporting to the police. Consider safe travel home for the staff member.',
    },
    abuse: {
      staff: 'Warn once, then end. "If that language continues, I\'ll end this call."',
      supervisor: 'Keep a record, tell the staff member it was not their fault, and approve ending the contact if it continues.',
    },
    intimidation: {
      staff: 'Slow down and offer a handover. "I can\'t follow when you shout. Could we talk calmly?"',
      supervisor: 'Listen in and take over or approve ending the call if the menace goes on. Do not leave one person alone with it.',
    },
    apology_coercion: {
      staff: 'Apologise for the inconvenience only. "I\'m sorry for the trouble, but we can\'t do a kneeling or written apology."',
      supervisor: 'State the organisation will not provide kneeling or signed apologies, and route further contact to one manager.',
    },
    unreasonable_demand: {
      staff: 'Never name an amount first; ask what exactly they want and state the limit. "What exactly are you asking for? Refunds are limited to the price paid."',
      supervisor: 'Decide clearly that nothing beyond policy will be given, and put the answer in writing.',
    },
    persistence: {
      staff: 'Give one answer and do not re-argue it. "We\'ve already answered, and our answer won\'t change."',
      supervisor: 'Keep one channel, log every contact, and approve ending the call when the same demand keeps coming back.',
    },
    restraint: {
      staff: 'State the time limit and end. "We have to end here." In person: "Please leave" (up to three times).',
      supervisor: 'Approve ending the contact; if the person will not leave, call the police.',
    },
    sexual: {
      staff: 'Do not engage; steer back to the service. "I can\'t answer questions unrelated to our service."',
      supervisor: 'Swap the handler, protect the staff member\'s schedule and location, and consider a ban if it repeats.',
    },
    discrimination: {
      staff: 'Object once and hand over if needed. "Please don\'t comment on staff members\' personal attributes."',
      supervisor: 'Record the remarks; if you change the handler, make it the organisation\'s decision, not a concession. Check on the staff member.',
    },
    personal_targeting: {
      staff: 'Give only your surname and the official line. "I can\'t share personal contacts; please use our main line."',
      supervisor: 'Protect the staff member\'s identity and whereabouts; if they may be followed, arrange safe travel and talk to the police.',
    },
    sns_exposure: {
      staff: 'Refuse clearly. "Please don\'t film or post our staff."',
      supervisor: 'Check for posts, log URLs and times, and review takedown requests with legal.',
    },
  },
};
