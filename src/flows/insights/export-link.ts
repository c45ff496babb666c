/**
 * An admin's download link for all of the organisation's data (Slack's `/mamori-export`, Teams'
 * `export` / `書き出し`): who may ask (mamori admins, or the platform's own admins, made mamori admins
 * as the dashboard does), the audited link (valid `minutes` and for one download) and the one view both
 * platforms render, shown only to the admin. The link's URL is the server's (`/exports/<token>`): the
 * adapter says where the server is reached, or that it cannot say (no public URL configured).
 */
import type { ActionDeps } from '../actions/deps.js';
import type { Organisation } from '../actions/people.js';
import { localTime } from '../../time/zone.js';
import type { MessageView } from '../views/view.js';
import { createAuditedExportLink } from './export.js';
import { dashboardViewerFor } from './viewer.js';

export type ExportLinkOutcome =
  | { status: 'not_admin' }
  /** No public URL: the link could not be written down (the server's operator can use the CLI). */
  | { status: 'no_base' }
  | { status: 'ok'; url: string; expiresAt: Date; minutes: number };

export async function requestExportLink(
  deps: Pick<ActionDeps, 'database' | 'now'>,
  input: {
    org: Organisation; person: { platformUserId: string; displayName?: string | undefined }; platformSaysAdmin: () => boolean | Promise<boolean>;
    minutes: number; urlFor: ((token: string) => string) | null;
  },
): Promise<ExportLinkOutcome> {
  const viewer = await dashboardViewerFor(deps, input.org.id, input.person, input.platformSaysAdmin);
  if (!viewer.admin) return { status: 'not_admin' };
  if (!input.urlFor) return { status: 'no_base' };
  const { token, expiresAt } = await createAuditedExportLink(deps.database.db, { orgId: input.org.id, memberId: viewer.member.id, minutes: input.minutes, now: deps.now?.() });
  return { status: 'ok', url: input.urlFor(token), expiresAt, minutes: input.minutes };
}

const WORDS = {
  ja: {
    notAdmin: 'データの書き出しは mamori の管理者だけができます。',
    noBase: 'ダウンロードリンクを作るには、サーバーの公開URL（PUBLIC_BASE_URL）の設定が必要です。サーバーの管理者は npx mamori export --org ID でも書き出せます。',
    title: (until: string, minutes: number) => `*組織の全データのダウンロードリンク*（${minutes}分間・1回だけ有効、${until} まで）`,
    contents: 'zip の中身: 解析・抜粋・アラート・フィードバック・負担の記録などの表ごとの JSON Lines と CSV、件数を記した manifest.json。リンクの末尾に ?format=jsonl を付けると1つの JSON Lines で受け取れます。',
    secret: 'このリンクは他の人に共有しないでください。',
    failed: 'リンクを作成できませんでした。しばらくしてからもう一度お試しください。',
  },
  en: {
    notAdmin: 'Only mamori admins can export the data.',
    noBase: "A download link needs the server's public URL (PUBLIC_BASE_URL). The server's operator can also run npx mamori export --org ID.",
    title: (until: string, minutes: number) => `*Download link for all of your organisation's data* (valid for ${minutes} minutes and one download, until ${until})`,
    contents: 'The zip holds one JSON Lines and one CSV file per table (analyses, excerpts, alerts, feedback, stress records…) and manifest.json with the row counts. Add ?format=jsonl to the link for a single JSON Lines file.',
    secret: 'Do not share this link.',
    failed: 'The link could not be created. Please try again in a moment.',
  },
} as const;

export const exportLinkWords = (language: string) => WORDS[language === 'en' ? 'en' : 'ja'];

/** What the admin is shown: the link with its lifetime on the organisation's clock, or why there is none. */
export function exportLinkView(language: string, timeZone: string, out: ExportLinkOutcome): MessageView {
  const w = exportLinkWords(language);
  if (out.status !== 'ok') {
    const text = out.status === 'not_admin' ? w.notAdmin : w.noBase;
    return { fallbackText: text, blocks: [{ type: 'text', text }] };
  }
  const until = untilText(timeZone, out.expiresAt);
  const title = w.title(until, out.minutes);
  return {
    fallbackText: title.replace(/\*/g, ''),
    blocks: [
      { type: 'text', text: title },
      { type: 'line', parts: [{ link: out.url, label: out.url }] },
      { type: 'text', text: w.contents },
      { type: 'text', text: w.secret, tone: 'warning' },
    ],
  };
}

/** HH:MM on the organisation's clock (an unknown zone falls back to Tokyo, as the alert does). */
function untilText(timeZone: string, at: Date): string {
  try {
    return localTime(at, timeZone);
  } catch {
    return localTime(at, 'Asia/Tokyo');
  }
}
