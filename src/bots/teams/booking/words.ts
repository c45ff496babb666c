/** What the Teams booking cards say beyond the words both platforms' booking forms share (flows/booking/form-words.ts); the flows' own outcomes come from flows/booking/messages.ts. */
import { bookingFormWords } from '../../../flows/booking/form-words.js';

type Lang = 'ja' | 'en';

export const words = {
  ja: {
    ...bookingFormWords.ja,
    personalOnly: '予約の操作は、mamori との個人チャットで行ってください。',
    badDate: '日付は今日以降を YYYY-MM-DD で選んでください。',
    badKind: '種類を選んでください。',
    noSlots: (date: string) => `${date} は空き枠がありません。別の日を選んでください。`,
    badForm: 'このカードは古いか壊れています。`予約` と送ってやり直してください。',
    awaiting: (expires: string) => `仮予約しました。**${expires}** までに次のボタンからカードでお支払いください。お支払いの確認後に予約が確定します。`,
    confirmedNote: '確認のメッセージをこのチャットにお送りします。Teams の個人チャットにはファイルを添付できないため、予定表ファイル（.ics）は届きません。日時をご自分のカレンダーに登録してください。',
    invoiceNote: (n: string) => `請求書番号: ${n}。Teams の個人チャットにはファイルを添付できないため、請求書 PDF はここには届きません。管理者からお受け取りください。`,
    confirmedLinkNote: '確認のメッセージをこのチャットにお送りします。予定表ファイル（.ics）はそのメッセージの「カレンダーに追加 (.ics)」ボタンから取得できます。',
    invoiceLinkNote: (n: string) => `請求書番号: ${n}。請求書 PDF は確認のメッセージの「請求書 (PDF)」ボタンからダウンロードできます（1 回限り）。`,
    notInstructor: 'この操作は講師だけが行えます（管理者が `instructor @名前` で設定します）。',
    badUrl: '会議URLは https:// で始まるURLにしてください。',
    mineNone: '今後の予約はありません。`予約` と送ると予約できます。',
    recorded: (what: string) => `「${what}」を記録しました。`,
    markedPaid: (n: string) => `請求書 ${n} を入金済みにしました。`,
    alreadyPaid: (n: string) => `請求書 ${n} はすでに入金済みです。`,
    csvNote: '全予約の CSV は、続くメッセージのボタンからダウンロードできます（1 回限り）。',
    csvComment: '予約の一覧（CSV）です。',
    policyUsage: '使い方: `予約一覧 admin policy deadline=48 late-refund=50 late-move=on notice=24 buffer=10 hold=30`（deadline・notice は時間、late-refund は%、buffer・hold は分。変えたい項目だけ書けます）',
    rightsUsage: '使い方: `請求書払い @メンバー 会社名`（取り消すとき: `請求書払い @メンバー off`）',
    usage: '`予約` で予約、`予約一覧` で自分の予約、`受付時間`（講師）で受付時間の設定、`予約一覧 admin`（管理者）で全体の一覧、`予約一覧 admin policy` で予約のルール、`請求書払い @メンバー 会社名` で請求書払いの許可です。',
  },
  en: {
    ...bookingFormWords.en,
    personalOnly: 'Please do bookings in your personal chat with mamori.',
    badDate: 'Please choose a date from today on (YYYY-MM-DD).',
    badKind: 'Please choose the kind.',
    noSlots: (date: string) => `No free slots on ${date}. Please choose another date.`,
    badForm: 'This card is out of date. Send `book` to start again.',
    awaiting: (expires: string) => `Held for you. Please pay by card by **${expires}** with the button below; the booking is confirmed once the payment arrives.`,
    confirmedNote: 'A confirmation follows in this chat. Files cannot be attached in a Teams personal chat, so the calendar file (.ics) does not come here: please add the time to your calendar.',
    invoiceNote: (n: string) => `Invoice no. ${n}. Files cannot be attached in a Teams personal chat, so the invoice PDF does not come here: your administrator will send it.`,
    confirmedLinkNote: 'A confirmation follows in this chat. Get the calendar file (.ics) with its "Add to calendar (.ics)" button.',
    invoiceLinkNote: (n: string) => `Invoice no. ${n}. Download the invoice PDF with the "Invoice (PDF)" button of the confirmation (once).`,
    notInstructor: 'Only instructors can do this (an admin sets it with `instructor @name`).',
    badUrl: 'The meeting URL must start with https://.',
    mineNone: 'No upcoming bookings. Send `book` to book one.',
    recorded: (what: string) => `Recorded: ${what}.`,
    markedPaid: (n: string) => `Invoice ${n} marked paid.`,
    alreadyPaid: (n: string) => `Invoice ${n} was already paid.`,
    csvNote: 'Every booking as CSV: download it with the button of the next message (once).',
    csvComment: 'All bookings as CSV.',
    policyUsage: 'Usage: `bookings admin policy deadline=48 late-refund=50 late-move=on notice=24 buffer=10 hold=30` (deadline and notice in hours, late-refund in %, buffer and hold in minutes; give only what you change)',
    rightsUsage: 'Usage: `invoice-rights @member Company` (to clear: `invoice-rights @member off`)',
    usage: '`book` to book, `bookings` for your bookings, `availability` (instructors) for your hours, `bookings admin` (admins) for the overview, `bookings admin policy` for the booking policy, `invoice-rights @member Company` to allow invoice payment.',
  },
} satisfies Record<Lang, unknown>;

export type Words = (typeof words)['ja'];
