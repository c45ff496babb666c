/**
 * `/mamori-export` (admins): a download link for all of the organisation's data, valid for
 * MAMORI_EXPORT_LINK_MINUTES and for one download, answered only to the admin (ephemeral). The link
 * is `<PUBLIC_BASE_URL>/exports/<token>` (src/bots/http/export-download.ts serves it).
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { createAuditedExportLink } from '../../../../flows/insights/export.js';
import { exportDownloadUrl } from '../../../http/export-download.js';
import { errorName, type SlackContext } from '../../context.js';
import { dashboardViewer } from '../../home.js';
import type { Lang } from '../../text.js';

export const EXPORT_COMMAND = '/mamori-export';

type Args = AllMiddlewareArgs & SlackCommandMiddlewareArgs;

const TEXT = {
  ja: {
    notAdmin: 'データの書き出しは mamori の管理者だけができます。',
    noBase: 'ダウンロードリンクを作るには、サーバーの公開URL（PUBLIC_BASE_URL）の設定が必要です。サーバーの管理者は `npx mamori export --org ID` でも書き出せます。',
    link: (url: string, until: string, minutes: number) => [
      `*組織の全データのダウンロードリンク*（${minutes}分間・1回だけ有効、${until} まで）`,
      url,
      'zip の中身: 解析・抜粋・アラート・フィードバック・負担の記録などの表ごとの JSON Lines と CSV、件数を記した manifest.json。`?format=jsonl` を付けると1つの JSON Lines で受け取れます。',
      'このリンクは他の人に共有しないでください。',
    ].join('\n'),
    failed: 'リンクを作成できませんでした。しばらくしてからもう一度お試しください。',
  },
  en: {
    notAdmin: 'Only mamori admins can export the data.',
    noBase: "A download link needs the server's public URL (PUBLIC_BASE_URL). The server's operator can also run `npx mamori export --org ID`.",
    link: (url: string, until: string, minutes: number) => [
      `*Download link for all of your organisation's data* (valid for ${minutes} minutes and one download, until ${until})`,
      url,
      'The zip holds one JSON Lines and one CSV file per table (analyses, excerpts, alerts, feedback, stress records…) and manifest.json with the row counts. Add `?format=jsonl` for a single JSON Lines file.',
      'Do not share this link.',
    ].join('\n'),
    failed: 'The link could not be created. Please try again in a moment.',
  },
} as const;

export function mamoriExport(ctx: SlackContext) {
  return async ({ ack, command, respond, logger }: Args): Promise<void> => {
    await ack();
    let lang: Lang = 'ja';
    try {
      const viewer = await dashboardViewer(ctx, command.team_id, command.user_id);
      lang = await ctx.languageFor(command.user_id, viewer.org.language === 'en' ? 'en' : 'ja');
      const t = TEXT[lang];
      if (!viewer.admin) {
        await respond({ response_type: 'ephemeral', text: t.notAdmin });
        return;
      }
      const base = ctx.config.publicBaseUrl;
      if (!base) {
        await respond({ response_type: 'ephemeral', text: t.noBase });
        return;
      }
      const minutes = ctx.config.exportLinkMinutes;
      const { token, expiresAt } = await createAuditedExportLink(ctx.deps.database.db, { orgId: viewer.org.id, memberId: viewer.member.id, minutes, now: ctx.deps.now?.() });
      const until = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ja-JP', { timeZone: viewer.org.timeZone, hour: '2-digit', minute: '2-digit' }).format(expiresAt);
      // No unfurl: a preview fetch must not be mistaken for the download.
      await respond({ response_type: 'ephemeral', text: t.link(exportDownloadUrl(base, token), until, minutes), unfurl_links: false, unfurl_media: false });
    } catch (err) {
      logger.error(`export link failed: ${errorName(err)}`);
      await respond({ response_type: 'ephemeral', text: TEXT[lang].failed }).catch(() => {});
    }
  };
}
