/** User-facing text of booking, Japanese first, English second (one catalogue per language). */
import type { BookingKind, PaymentMethod } from '../../db/schema/index.js';
import type { BookingPolicy, PolicyProblem } from './policy.js';
import type { SlotRefusal } from './slots.js';

const yen = (n: number) => `${n.toLocaleString('ja-JP')}円`;
const noticeJa = (min: number) => (min % 60 === 0 ? `${min / 60}時間` : `${min}分`);
const noticeEn = (min: number) => (min % 60 === 0 ? `${min / 60} h` : `${min} min`);
const RANGE_JA: Record<string, string> = { deadline: '0〜720時間', 'late-refund': '0〜100%', notice: '0〜720時間', buffer: '0〜240分', hold: '30〜1380分' };
const RANGE_EN: Record<string, string> = { deadline: '0–720 hours', 'late-refund': '0–100 %', notice: '0–720 hours', buffer: '0–240 minutes', hold: '30–1380 minutes' };
const POLICY_KEY_LIST = 'deadline, late-refund, late-move, notice, buffer, hold';
const PROBLEM_JA: Record<string, string> = { session: 'セッション', amount: '金額', currency: '通貨', organisation: '組織', booking: '予約' };
const yenEn = (n: number) => `¥${n.toLocaleString('en-US')}`;

const ja = {
  yen,
  kind: { consultation: '個別相談（30分）', orientation: 'オリエンテーション（30分・無料）' } satisfies Record<BookingKind, string>,
  kindOption: (kind: BookingKind, total: number) => (kind === 'consultation' ? `個別相談 30分 ${yen(total)}（税込）` : 'オリエンテーション 30分 無料'),
  payment: { card: 'カード決済（Stripe）', invoice: '請求書払い', free: '無料' } satisfies Record<PaymentMethod, string>,
  price: (price: number, tax: number, rate: number) => (price + tax === 0 ? '無料' : `${yen(price + tax)}（本体 ${yen(price)} + 消費税${rate}% ${yen(tax)}）`),
  labels: { when: '日時', instructor: '講師', trainee: '相談者', kind: '種類', amount: '金額', payment: 'お支払い', meeting: '会議URL', topic: '相談内容', invoice: '請求書番号', status: '状態' },
  noMeetingUrl: '（講師から追って連絡します）',
  confidentialityReminder: '相談内容には、お客様・会社・個人が特定できる情報（氏名、電話番号、住所、社名など）を書かないでください。',
  confirmedTitle: '予約が確定しました',
  confirmedForInstructor: '新しい予約が入りました',
  paymentTitle: '仮予約中です：お支払いをお願いします',
  paymentText: (minutes: number, url: string) => `${minutes}分以内に次のリンクからカードでお支払いください。お支払いの確認後に予約が確定します。\n${url}`,
  invoiceSent: (number: string, due: string) => `請求書（${number}）を添付しました。お支払期限: ${due}`,
  reminderTitle: (hours: 24 | 1): string => (hours === 24 ? '明日のご予約のお知らせ' : 'まもなく開始します（1時間前）'),
  cancelledTitle: '予約がキャンセルされました',
  cancelledByInstructor: '講師の都合により予約がキャンセルされました。お支払い済みの料金は全額返金します。申し訳ありません。',
  cancelledRefund: (amount: number) => (amount > 0 ? `${yen(amount)}を返金します（カードへの反映には数日かかることがあります）。` : '返金はありません。'),
  invoiceVoided: '請求書は取り消しました。お支払いは不要です。',
  invoiceStillDue: 'キャンセル期限後のため、請求書のお支払いが必要です。',
  refundDone: (amount: number) => `${yen(amount)}の返金手続きが完了しました。`,
  movedTitle: '予約の日時が変更されました',
  releasedTitle: '仮予約を解除しました',
  releasedText: 'お支払いが期限内に完了しなかったため、仮予約を解除しました。必要であればもう一度予約してください。',
  lateRefundTitle: 'お支払いを返金します',
  lateRefundText: 'お支払いの確認時点でこの枠はすでに埋まっていたため、予約は成立しませんでした。お支払いは全額返金します。',
  slotRefused: {
    past: 'この時間はすでに過ぎています。',
    too_soon: (hours: number) => `予約は開始の${hours}時間前までです。別の枠を選んでください。`,
    holiday: 'この日は祝日のため予約できません。',
    day_off: 'この日は講師のお休みです。',
    outside_hours: 'この時間は講師の受付時間外です。',
    taken: 'この枠は先に予約されました。別の枠を選んでください。',
  } satisfies Record<SlotRefusal, string | ((hours: number) => string)>,
  noInstructor: '予約を受け付けている講師がいません。',
  notInstructor: 'この操作は講師だけが行えます。',
  notAdmin: 'この操作は管理者だけが行えます。',
  invoiceNotAllowed: '請求書払いは、会社から派遣されている方（管理者が設定）だけが選べます。カード決済を選んでください。',
  invoiceNotConfigured: '請求書払いは現在ご利用いただけません。',
  cardNotConfigured: 'カード決済は現在ご利用いただけません。',
  paymentsUnavailable: '決済サービスに接続できませんでした。時間をおいてもう一度お試しください（予約は確保していません）。',
  topicConfidential: (kinds: string) => `相談内容に個人や会社を特定できる情報が含まれている可能性があります（${kinds}）。伏せ字にした内容で予約するか、書き直してください。`,
  notFound: '予約が見つかりません。',
  notYours: 'この予約を変更する権限がありません。',
  alreadyCancelled: 'この予約はすでにキャンセルされています。',
  notChangeable: 'この予約は変更できません。',
  cancelPreview: (deadline: string, before: boolean, refund: number, method: PaymentMethod, percent: number) =>
    before
      ? `キャンセル期限（${deadline}）前のため、${method === 'card' ? `${yen(refund)}を全額返金します。` : method === 'invoice' ? '請求書は取り消されます。' : '料金はかかりません。'}`
      : `キャンセル期限（${deadline}）を過ぎています。組織の規定により、${method === 'card' ? (percent > 0 ? `${percent}%（${yen(refund)}）を返金します。` : '返金はありません。') : method === 'invoice' ? (percent >= 100 ? '請求書は取り消されます。' : '請求書のお支払いが必要です。') : '料金はかかりません。'}`,
  moveNotAllowedLate: (deadline: string) => `変更期限（${deadline}）を過ぎたため、日時の変更はできません。`,
  policyChanged: 'キャンセル期限を過ぎたため、返金の条件が変わりました。内容を確認してもう一度操作してください。',
  outcomeTooEarly: '開始時刻を過ぎてから記録してください。',
  outcome: { completed: '実施済み', no_show: '無断欠席' },
  status: { held: '仮予約（支払い待ち）', confirmed: '確定', completed: '実施済み', no_show: '無断欠席', cancelled: 'キャンセル', expired: '期限切れ' },
  invalidHours: '受付時間の形式が正しくありません（例: 月 10:00-12:00）。',
  policyTitle: '予約のルール',
  policyLines: (p: BookingPolicy): string[] => [
    `キャンセル・日時変更の期限（deadline）: 開始の${p.cancelDeadlineHours}時間前まで（期限までは全額返金）`,
    `期限後のキャンセル（late-refund）: ${p.lateCancelRefundPercent >= 100 ? '全額返金' : p.lateCancelRefundPercent === 0 ? '返金なし（請求書は支払いが必要）' : `${p.lateCancelRefundPercent}%を返金（請求書は支払いが必要）`}`,
    `期限後の日時変更（late-move）: ${p.lateMoveAllowed ? 'できる' : 'できない'}`,
    `予約の締切（notice）: 開始の${noticeJa(p.minNoticeMinutes)}前まで`,
    `セッションの間隔（buffer）: ${p.bufferMinutes}分`,
    `カード決済の仮押さえ（hold）: ${p.holdMinutes}分`,
  ],
  policyInvalid: (problems: PolicyProblem[]): string => {
    if (problems.length === 0) return '変更する項目がありません。';
    const line = (p: PolicyProblem) => {
      switch (p.reason) {
        case 'unknown': return `「${p.key}」という項目はありません（${POLICY_KEY_LIST}）。`;
        case 'not_a_number': return `${p.key}: 「${p.value}」は数値として読めません。`;
        case 'out_of_range': return `${p.key}: ${p.value} は範囲外です（${RANGE_JA[p.key] ?? ''}）。`;
        case 'not_yes_no': return `${p.key}: on（できる）か off（できない）を指定してください。`;
        case 'repeated': return `${p.key} が2回指定されています。`;
      }
    };
    return `予約のルールを変更できませんでした（何も変更していません）。\n${problems.map((p) => `• ${line(p)}`).join('\n')}`;
  },
  policySaved: '予約のルールを変更しました。',
  meetingUrlTitle: '会議URLが設定されました',
  meetingUrlText: (url: string) => `この予約の会議URL: ${url}`,
  meetingUrlInvalid: 'https:// で始まる会議URLを入れてください（500文字まで）。',
  meetingUrlSaved: 'この予約の会議URLを保存しました。',
  paymentMismatchTitle: '予約と一致しない支払い（予約は確定していません）',
  paymentMismatchLine: (when: string, session: string | null, fields: string[]) =>
    `${when} ・ ${session ?? '（セッションなし）'} ・ 不一致: ${fields.map((f) => PROBLEM_JA[f] ?? f).join('、')}。Stripe のダッシュボードで支払いを確認し、必要なら返金してください。`,
};

type Catalogue = typeof ja;

const en: Catalogue = {
  yen: yenEn,
  kind: { consultation: 'Consultation (30 min)', orientation: 'Orientation (30 min, free)' },
  kindOption: (kind, total) => (kind === 'consultation' ? `Consultation 30 min ${yenEn(total)} incl. tax` : 'Orientation 30 min, free'),
  payment: { card: 'Card (Stripe)', invoice: 'Invoice', free: 'Free' },
  price: (price, tax, rate) => (price + tax === 0 ? 'Free' : `${yenEn(price + tax)} (${yenEn(price)} + ${rate}% consumption tax ${yenEn(tax)})`),
  labels: { when: 'When', instructor: 'Instructor', trainee: 'Trainee', kind: 'Kind', amount: 'Amount', payment: 'Payment', meeting: 'Meeting URL', topic: 'Topic', invoice: 'Invoice no.', status: 'Status' },
  noMeetingUrl: '(the instructor will send it)',
  confidentialityReminder: 'Do not write anything that identifies a customer, a company or a person (names, phone numbers, addresses, company names).',
  confirmedTitle: 'Your booking is confirmed',
  confirmedForInstructor: 'You have a new booking',
  paymentTitle: 'Held for you: please pay',
  paymentText: (minutes, url) => `Please pay by card within ${minutes} minutes with this link; the booking is confirmed once the payment arrives.\n${url}`,
  invoiceSent: (number, due) => `The invoice (${number}) is attached. Due: ${due}`,
  reminderTitle: (hours) => (hours === 24 ? 'Reminder: your session is tomorrow' : 'Starting in one hour'),
  cancelledTitle: 'The booking was cancelled',
  cancelledByInstructor: 'The instructor had to cancel this session. Any payment is refunded in full. We are sorry.',
  cancelledRefund: (amount) => (amount > 0 ? `${yenEn(amount)} will be refunded (it can take a few days to show on the card).` : 'No refund is due.'),
  invoiceVoided: 'The invoice is cancelled: nothing to pay.',
  invoiceStillDue: 'Cancelled after the deadline: the invoice remains due.',
  refundDone: (amount) => `The refund of ${yenEn(amount)} is done.`,
  movedTitle: 'The booking was moved',
  releasedTitle: 'The held slot was released',
  releasedText: 'The payment was not completed in time, so the slot was released. Please book again if you still need it.',
  lateRefundTitle: 'Your payment is refunded',
  lateRefundText: 'The slot was taken by the time your payment arrived, so the booking could not be made. The payment is refunded in full.',
  slotRefused: {
    past: 'That time has passed.',
    too_soon: (hours) => `Bookings close ${hours} hours before the start. Please choose another slot.`,
    holiday: 'That day is a national holiday.',
    day_off: 'The instructor is off that day.',
    outside_hours: 'That time is outside the instructor’s hours.',
    taken: 'Someone booked that slot first. Please choose another.',
  },
  noInstructor: 'No instructor is taking bookings.',
  notInstructor: 'Only instructors can do this.',
  notAdmin: 'Only administrators can do this.',
  invoiceNotAllowed: 'Invoice payment is only for members sent by their company (set by an administrator). Please pay by card.',
  invoiceNotConfigured: 'Invoice payment is not available.',
  cardNotConfigured: 'Card payment is not available.',
  paymentsUnavailable: 'The payment service could not be reached. Please try again later (nothing was booked).',
  topicConfidential: (kinds) => `The topic may identify a person or a company (${kinds}). Book with the masked text, or rewrite it.`,
  notFound: 'Booking not found.',
  notYours: 'You cannot change this booking.',
  alreadyCancelled: 'This booking is already cancelled.',
  notChangeable: 'This booking cannot be changed.',
  cancelPreview: (deadline, before, refund, method, percent) =>
    before
      ? `Before the cancellation deadline (${deadline}): ${method === 'card' ? `${yenEn(refund)} is refunded in full.` : method === 'invoice' ? 'the invoice is cancelled.' : 'no charge.'}`
      : `After the cancellation deadline (${deadline}): under your organisation's policy ${method === 'card' ? (percent > 0 ? `${percent}% (${yenEn(refund)}) is refunded.` : 'there is no refund.') : method === 'invoice' ? (percent >= 100 ? 'the invoice is cancelled.' : 'the invoice remains due.') : 'no charge.'}`,
  moveNotAllowedLate: (deadline) => `The deadline for changes (${deadline}) has passed.`,
  policyChanged: 'The cancellation deadline has passed meanwhile and the refund changed. Please review and try again.',
  outcomeTooEarly: 'Record the outcome after the session has started.',
  outcome: { completed: 'Held', no_show: 'No-show' },
  status: { held: 'Held (awaiting payment)', confirmed: 'Confirmed', completed: 'Held', no_show: 'No-show', cancelled: 'Cancelled', expired: 'Expired' },
  invalidHours: 'Hours not understood (e.g. Mon 10:00-12:00).',
  policyTitle: 'Booking policy',
  policyLines: (p) => [
    `Deadline to cancel or move (deadline): ${p.cancelDeadlineHours} hours before the start (full refund until then)`,
    `Cancelling after the deadline (late-refund): ${p.lateCancelRefundPercent >= 100 ? 'full refund' : p.lateCancelRefundPercent === 0 ? 'no refund (an invoice remains due)' : `${p.lateCancelRefundPercent}% refunded (an invoice remains due)`}`,
    `Moving after the deadline (late-move): ${p.lateMoveAllowed ? 'allowed' : 'not allowed'}`,
    `Bookings close (notice): ${noticeEn(p.minNoticeMinutes)} before the start`,
    `Time between sessions (buffer): ${p.bufferMinutes} min`,
    `Slot held during card payment (hold): ${p.holdMinutes} min`,
  ],
  policyInvalid: (problems) => {
    if (problems.length === 0) return 'Nothing to change.';
    const line = (p: PolicyProblem) => {
      switch (p.reason) {
        case 'unknown': return `There is no setting "${p.key}" (${POLICY_KEY_LIST}).`;
        case 'not_a_number': return `${p.key}: "${p.value}" is not a number.`;
        case 'out_of_range': return `${p.key}: ${p.value} is out of range (${RANGE_EN[p.key] ?? ''}).`;
        case 'not_yes_no': return `${p.key}: use on (allowed) or off (not allowed).`;
        case 'repeated': return `${p.key} is given twice.`;
      }
    };
    return `The booking policy was not changed (nothing was saved).\n${problems.map((p) => `• ${line(p)}`).join('\n')}`;
  },
  policySaved: 'The booking policy is changed.',
  meetingUrlTitle: 'The meeting URL is set',
  meetingUrlText: (url) => `Meeting URL for this session: ${url}`,
  meetingUrlInvalid: 'Enter a meeting URL starting with https:// (up to 500 characters).',
  meetingUrlSaved: 'The meeting URL of this booking is saved.',
  paymentMismatchTitle: 'Payments that do not match their booking (not confirmed)',
  paymentMismatchLine: (when, session, fields) =>
    `${when} · ${session ?? '(no session)'} · mismatch: ${fields.join(', ')}. Check the payment in the Stripe dashboard and refund it if needed.`,
};

export function bookingMessages(language: string): Catalogue {
  return language === 'en' ? en : ja;
}

export type BookingMessages = Catalogue;

export function slotRefusalMessage(m: Catalogue, reason: SlotRefusal, minNoticeMinutes: number): string {
  const r = m.slotRefused[reason];
  return typeof r === 'function' ? r(Math.round(minNoticeMinutes / 60)) : r;
}
