/**
 * The pages Stripe Checkout sends a trainee back to: paid (/booking/paid) and not paid
 * (/booking/cancelled). They say what happens next; the booking itself is confirmed by Stripe's signed
 * webhook, never by this page (anyone can open the URL), so the page promises only the message that the
 * webhook will send to the chat the trainee booked in.
 */
import type { IncomingMessage } from 'node:http';
import { BOOKING_CANCELLED_PATH, BOOKING_PAID_PATH } from '../../../flows/booking/checkout-return.js';
import { escapeHtml, pageRoute, renderPage, type PageLang, type PageRoute } from './page-html.js';
import { pageLanguage } from './page-language.js';

type Chat = 'slack' | 'teams' | null;

const CHAT_NAME: Record<'slack' | 'teams', string> = { slack: 'Slack', teams: 'Microsoft Teams' };

const TEXT = {
  ja: {
    paidTitle: 'お支払いを受け付けました',
    paid: (chat: string) => [
      'ありがとうございます。Stripe でのお支払い手続きが完了しました。',
      `予約の確定のお知らせは、まもなく ${chat} の mamori からのメッセージで届きます（日時・参加方法・カレンダー ファイル付き）。`,
      '数分たってもお知らせが届かない場合は、このページを再読み込みせず、組織の mamori 管理者にお問い合わせください。二重に請求されることはありません。',
    ],
    cancelledTitle: 'お支払いは完了していません',
    cancelled: (chat: string) => [
      'お支払いを中断しました。料金は請求されていません。',
      `予約の枠は支払い期限まで確保されています。${chat} の mamori から届いたお支払いリンクから、期限内にもう一度お手続きいただけます。`,
      '期限を過ぎると枠は自動で解放されます。改めて予約するときは Slack では /mamori-book、Teams では mamori に「book」と送ってください。',
    ],
    close: 'このページは閉じてかまいません。',
  },
  en: {
    paidTitle: 'Payment received',
    paid: (chat: string) => [
      'Thank you. Your payment on Stripe is complete.',
      `The confirmation of your booking arrives shortly as a message from mamori in ${chat}, with the date and time, how to join and a calendar file.`,
      'If it has not arrived within a few minutes, please do not reload this page: ask your organisation’s mamori administrator. You will not be charged twice.',
    ],
    cancelledTitle: 'Payment not completed',
    cancelled: (chat: string) => [
      'You left the payment page. You have not been charged.',
      `Your slot is held until the payment deadline: the payment link mamori sent you in ${chat} still works until then.`,
      'After the deadline the slot is released automatically. To book again, use /mamori-book in Slack, or send “book” to mamori in Teams.',
    ],
    close: 'You can close this page.',
  },
} as const;

function chatOf(req: IncomingMessage): Chat {
  const platform = new URL(req.url ?? '/', 'http://localhost').searchParams.get('platform');
  return platform === 'slack' || platform === 'teams' ? platform : null;
}

function chatName(lang: PageLang, chat: Chat): string {
  if (chat) return CHAT_NAME[chat];
  return lang === 'ja' ? 'Slack または Microsoft Teams' : 'Slack or Microsoft Teams';
}

function page(kind: 'paid' | 'cancelled') {
  return pageRoute((req) => {
    const lang = pageLanguage(req);
    const t = TEXT[lang];
    const title = kind === 'paid' ? t.paidTitle : t.cancelledTitle;
    const lines = (kind === 'paid' ? t.paid : t.cancelled)(chatName(lang, chatOf(req)));
    const body = [`<h1>${escapeHtml(title)}</h1>`, ...[...lines, t.close].map((l) => `<p>${escapeHtml(l)}</p>`)].join('\n');
    return { html: renderPage(lang, title, body) };
  });
}

export function bookingReturnRoutes(): Record<string, PageRoute> {
  return { [BOOKING_PAID_PATH]: page('paid'), [BOOKING_CANCELLED_PATH]: page('cancelled') };
}
