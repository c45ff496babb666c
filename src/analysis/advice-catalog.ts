/**
 * The response playbook of domain.md §4, per category and language. Phrases are our drafts modelled on
 * the MHLW manual and the Tokyo guidance. `staff` is what to do, in the reader's words; `say` the lines
 * to say to the customer, taken in the call's language (an English caller gets English lines even when
 * the reader reads Japanese); `supervisor` what the supervisor does.
 *
 * `BY_MEDIUM` replaces the parts that depend on where the contact happens (src/analysis/advice-medium.ts):
 * "ask them to leave" means nothing on a phone, and "hang up" nothing at a counter. The base play is
 * written to fit any medium, for a call whose medium cannot be told.
 */
import type { Category, Language } from './result.js';
import type { Medium } from './advice-medium.js';

export interface Play {
  staff: string;
  say: string[];
  supervisor: string;
}

export const PLAYBOOK: Record<Language, Record<Category, Play>> = {
  ja: {
    physical: {
      staff: '身の安全を最優先に、対応を中止してください。',
      say: ['危険ですので対応を中止し、警察に通報します'],
      supervisor: 'すぐに対応を引き継ぎ、110番通報を判断してください。映像と録音を保全し、本人の怪我の有無を確認してください。',
    },
    threat: {
      staff: '言い返さず、発言をそのまま記録してください。',
      say: ['ただいまのご発言は脅迫と受け止めます。これ以上の対応はできません'],
      supervisor: '録音を保全し、警察（緊急時は110、相談は#9110）への相談・通報を判断してください。帰宅時の安全確保（同行・送迎）も検討してください。',
    },
    abuse: {
      staff: '一度だけ警告し、続けば終了します。',
      say: ['そのようなお言葉が続く場合、対応を終了させていただきます'],
      supervisor: '暴言の記録を残し、本人に「あなたの落ち度ではない」と伝えてください。続く場合は対応終了を承認してください。',
    },
    intimidation: {
      staff: 'ゆっくり話し、交代を申し出てください。',
      say: ['大きな声では伺えません。落ち着いてお話しいただけますか'],
      supervisor: '対応を見守り、威圧が続く場合は交代するか終了を承認してください。一人で対応させないでください。',
    },
    apology_coercion: {
      staff: 'ご不便へのお詫びにとどめ、形式は断ってください。',
      say: ['ご不快の点はお詫びしますが、土下座や謝罪文には応じられません'],
      supervisor: '土下座・謝罪文・念書の要求には組織として応じない方針を伝え、以後の窓口を責任者に一本化してください。',
    },
    unreasonable_demand: {
      staff: '金額を先に言わず、具体的な要求を確認して規定を伝えてください。',
      say: ['具体的にどのような対応をお求めでしょうか', '規定上、返金は代金の範囲となります'],
      supervisor: '規定を超える補償には応じない判断を明確にし、回答を文書で統一してください。',
    },
    persistence: {
      staff: '回答は一度に絞り、同じ説明を繰り返さないでください。',
      say: ['本件は既にご回答済みで、内容は変わりません'],
      supervisor: '窓口を一本化し、接触履歴を記録してください。同じ要求の繰り返しが続く場合は対応終了を承認してください。',
    },
    restraint: {
      staff: '時間の上限を伝えて終了してください。',
      say: ['本日は○分が上限です。これで終了とさせていただきます'],
      supervisor: '終了を承認し、続く場合は警察への相談を判断してください。',
    },
    sexual: {
      staff: '話題には乗らず、業務に戻してください。',
      say: ['業務に関係のないご質問にはお答えできません'],
      supervisor: '担当を交代し、本人の連絡先や勤務情報が伝わらないよう守ってください。繰り返す場合は出入禁止等を検討してください。',
    },
    discrimination: {
      staff: '一度だけ指摘し、必要なら交代してください。',
      say: ['担当者の属性に関するご発言はお控えください'],
      supervisor: '差別的な発言を記録し、担当者の交代は「要求に応じる」形でなく組織の判断として行ってください。本人へのケアを忘れずに。',
    },
    personal_targeting: {
      staff: '名字と代表窓口だけを伝えてください。',
      say: ['個人の連絡先はお伝えできません。窓口は代表番号です'],
      supervisor: '本人の氏名・勤務先情報の保護を確認し、待ち伏せ等のおそれがあれば帰宅時の安全確保と警察相談を行ってください。',
    },
    sns_exposure: {
      staff: '撮影・録音や公開をはっきり断ってください。',
      say: ['従業員の撮影・録音や公開はお断りします'],
      supervisor: '投稿の有無を確認してURLと日時を記録し、法務と削除依頼を検討してください。',
    },
  },
  en: {
    physical: {
      staff: 'Put your safety first and stop.',
      say: ['For safety I am stopping here and calling the police.'],
      supervisor: 'Take over now and decide on calling the police. Keep the footage and the recording; check whether the staff member is hurt.',
    },
    threat: {
      staff: 'Do not argue; note the exact words.',
      say: ["I take that as a threat. I can't continue this conversation."],
      supervisor: 'Keep the recording and decide on reporting to the police. Consider safe travel home for the staff member.',
    },
    abuse: {
      staff: 'Warn once, then end.',
      say: ["If that language continues, I'll end this conversation."],
      supervisor: 'Keep a record, tell the staff member it was not their fault, and approve ending the contact if it continues.',
    },
    intimidation: {
      staff: 'Slow down and offer a handover.',
      say: ["I can't follow when you shout. Could we talk calmly?"],
      supervisor: 'Keep an eye on it and take over or approve ending the contact if the menace goes on. Do not leave one person alone with it.',
    },
    apology_coercion: {
      staff: 'Apologise for the inconvenience only.',
      say: ["I'm sorry for the trouble, but we can't do a kneeling or written apology."],
      supervisor: 'State the organisation will not provide kneeling or signed apologies, and route further contact to one manager.',
    },
    unreasonable_demand: {
      staff: 'Never name an amount first; ask what exactly they want and state the limit.',
      say: ['What exactly are you asking for?', 'Refunds are limited to the price paid.'],
      supervisor: 'Decide clearly that nothing beyond policy will be given, and put the answer in writing.',
    },
    persistence: {
      staff: 'Give one answer and do not re-argue it.',
      say: ["We've already answered, and our answer won't change."],
      supervisor: 'Keep one channel, log every contact, and approve ending the contact when the same demand keeps coming back.',
    },
    restraint: {
      staff: 'State the time limit and end.',
      say: ['We have to end here.'],
      supervisor: 'Approve ending the contact; if it goes on, decide on talking to the police.',
    },
    sexual: {
      staff: 'Do not engage; steer back to the service.',
      say: ["I can't answer questions unrelated to our service."],
      supervisor: 'Swap the handler, protect the staff member\'s schedule and location, and consider a ban if it repeats.',
    },
    discrimination: {
      staff: 'Object once and hand over if needed.',
      say: ["Please don't comment on staff members' personal attributes."],
      supervisor: 'Record the remarks; if you change the handler, make it the organisation\'s decision, not a concession. Check on the staff member.',
    },
    personal_targeting: {
      staff: 'Give only your surname and the official line.',
      say: ["I can't share personal contacts; please use our main line."],
      supervisor: 'Protect the staff member\'s identity and whereabouts; if they may be followed, arrange safe travel and talk to the police.',
    },
    sns_exposure: {
      staff: 'Refuse recording and posting clearly.',
      say: ["Please don't record or post our staff."],
      supervisor: 'Check for posts, log URLs and times, and review takedown requests with legal.',
    },
  },
};

/** What changes with the medium; anything not named here is the base play. */
export const BY_MEDIUM: Record<Language, Record<Exclude<Medium, 'unknown'>, Partial<Record<Category, Partial<Play>>>>> = {
  ja: {
    phone: {
      physical: { staff: '身の安全を最優先に、通話を終えて上長に伝えてください。', say: ['危険を感じますので、通話を終了し警察に相談します'], supervisor: 'すぐに引き継ぎ、来店や待ち伏せのおそれがあれば110番を判断してください。録音を保全してください。' },
      restraint: { staff: '時間の上限を伝え、受話器を置いてください。', say: ['本日は○分が上限です。これで失礼いたします'], supervisor: '通話の終了を承認し、かけ直しが続く場合は着信の記録を残して警察への相談を判断してください。' },
      sns_exposure: { staff: '録音の公開をはっきり断ってください。', say: ['通話の録音を公開することはお断りします'] },
      intimidation: { supervisor: '通話をモニターし、威圧が続く場合は交代するか終了を承認してください。一人で対応させないでください。' },
    },
    counter: {
      physical: { staff: '身の安全を最優先に、その場を離れてください。', say: ['危険ですので対応を中止し、警察に通報します'], supervisor: 'すぐに対応を引き継ぎ、110番通報を判断してください。防犯カメラ映像を保全し、本人の怪我の有無を確認してください。' },
      restraint: { staff: '時間の上限を伝え、退去を求めてください（「お引き取りください」は3回まで）。', say: ['本日は○分が上限です。これで終了とさせていただきます', 'お引き取りください'], supervisor: '終了を承認し、退去に応じず居座る場合は警察への通報を判断してください。' },
      sns_exposure: { staff: '撮影をやめるよう、はっきり求めてください。', say: ['従業員の撮影・公開はお断りします。撮影をおやめください'] },
    },
    meeting: {
      physical: { staff: '身の安全を最優先に、会議から退出してください。', say: ['危険を感じますので、会議を終了します'] },
      restraint: { staff: '時間の上限を伝え、会議を終了してください。', say: ['本日の時間は○分までです。ここで会議を終了します'], supervisor: '会議の終了を承認し、以後の打合せは上長が同席する形にしてください。' },
      sns_exposure: { staff: '録画・画面の撮影や公開をはっきり断ってください。', say: ['会議の録画や画面の撮影・公開はお断りします'] },
    },
  },
  en: {
    phone: {
      physical: { staff: 'Put your safety first: end the call and tell your supervisor.', say: ["I don't feel safe; I'm ending this call and contacting the police."], supervisor: 'Take over now; if they may turn up in person, decide on calling the police. Keep the recording.' },
      restraint: { staff: 'State the time limit and hang up.', say: ["We have to end the call here. Goodbye."], supervisor: 'Approve ending the call; if they keep calling back, log the calls and decide on talking to the police.' },
      sns_exposure: { staff: 'Refuse publishing the recording clearly.', say: ["Please don't publish recordings of this call."] },
      intimidation: { supervisor: 'Listen in and take over or approve ending the call if the menace goes on. Do not leave one person alone with it.' },
    },
    counter: {
      physical: { staff: 'Put your safety first and step away.', say: ['For safety I am stopping and calling the police.'], supervisor: 'Take over now and decide on calling the police. Keep the camera footage; check whether the staff member is hurt.' },
      restraint: { staff: 'State the time limit and ask them to leave (up to three times).', say: ['We have to end here.', 'Please leave now.'], supervisor: 'Approve ending the contact; if the person will not leave, call the police.' },
      sns_exposure: { staff: 'Ask them clearly to stop filming.', say: ["Please don't film or post our staff. Please stop filming."] },
    },
    meeting: {
      physical: { staff: 'Put your safety first and leave the meeting.', say: ["I don't feel safe; I'm ending this meeting."] },
      restraint: { staff: 'State the time limit and end the meeting.', say: ["We're out of time; I'm ending the meeting here."], supervisor: 'Approve ending the meeting, and join any further meetings yourself.' },
      sns_exposure: { staff: 'Refuse recording or posting the meeting clearly.', say: ["Please don't record, screenshot or post this meeting."] },
    },
  },
};

/** The play for a category in one language and medium. */
export function playFor(lang: Language, c: Category, medium: Medium): Play {
  const base = PLAYBOOK[lang][c];
  return medium === 'unknown' ? base : { ...base, ...BY_MEDIUM[lang][medium][c] };
}
