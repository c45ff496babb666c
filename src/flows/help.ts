/**
 * `help` on both platforms, from one place (issue 15 item 15): each reader sees what their roles can
 * do — staff what staff use, supervisors and instructors their part too, admins everything — in the
 * platform's own words (Slack slash commands and App Home, Teams chat commands). A staff member is
 * never shown a command that would only answer 「管理者のみ」.
 */
import { and, eq } from 'drizzle-orm';
import type { Language } from '../analysis/result.js';
import type { Executor } from '../db/connection.js';
import { ensureOrganisation } from '../db/repo/organisations.js';
import { members, supervisorLinks, type Platform } from '../db/schema/index.js';
import type { Actor, OrgRef } from './actions/deps.js';

export const HELP_AUDIENCES = ['staff', 'supervisor', 'instructor', 'admin'] as const;
export type HelpAudience = (typeof HELP_AUDIENCES)[number];

type Lines = Record<Language, Record<Platform, string[]>>;

const TITLE: Record<HelpAudience, Record<Language, string>> = {
  staff: { ja: '**mamori（守り）** — カスタマーハラスメントから現場を守ります。', en: '**mamori** protects frontline staff from customer harassment.' },
  supervisor: { ja: '**上長の方へ**', en: '**For supervisors**' },
  instructor: { ja: '**講師の方へ**', en: '**For instructors**' },
  admin: { ja: '**管理者の方へ**', en: '**For admins**' },
};

const LINES: Record<HelpAudience, Lines> = {
  staff: {
    ja: {
      slack: [
        '通話の録音か文字起こしファイルをこの DM に共有するか、文字起こしを貼り付けてください。スレッドに解析結果をお返しします。',
        '- チャンネルでは @mamori を付けて共有するか、メッセージのメニュー「カスハラ解析」を使います。mamori を追加したグループ DM に共有したファイルも解析します。',
        '- App ホーム: あなたの解析と予約・勉強会の一覧',
        '- 相談の予約: `/mamori-book`（`/mamori-book mine` で自分の予約）',
        '- コミュニティ: `/mamori-ask タイトル` で質問、`/mamori-faq 言葉` で解決済みの質問を検索、`/mamori-event mine` で参加する勉強会',
        '- ロールプレイ練習: `/mamori-practice`（この DM で。`/mamori-practice stop` または `終了` で終わる）',
      ],
      teams: [
        '- 通話の文字起こし（VTT・SRT・TXT など）や録音をこのチャットに送るか、文字起こしを貼り付けてください。',
        '- 会議にアプリを追加しておくと、会議の終了後に文字起こしを自動で解析し、主催者に結果を個別にお送りします。',
        '- `ダッシュボード`（`dashboard`）: あなたの解析と状況（個人チャットで）。`ヘルプ`（`help`）: この説明',
        '- 相談の予約（個人チャットで）: `予約`（`book`）、`予約一覧`（`bookings`）',
        '- コミュニティ: `質問 タイトル` の次の行から質問（1 行目に `匿名` で匿名投稿）、`検索 言葉`（`faq`、個人チャットで）',
        '- 勉強会（個人チャットで）: `参加予定`（`event mine`）参加する勉強会',
        '- ロールプレイ練習（個人チャットで）: `練習`（`practice`）、`終了` で終わる',
      ],
    },
    en: {
      slack: [
        'Share a call recording or a transcript file in this DM, or paste a transcript. mamori answers in the thread.',
        '- In a channel, mention @mamori with the file or use the message action 「カスハラ解析」. Files shared in a group DM mamori was added to are analysed too.',
        '- App Home: your analyses, bookings and study groups',
        '- Consultations: `/mamori-book` (`/mamori-book mine` for yours)',
        '- Community: `/mamori-ask Title` to ask, `/mamori-faq words` to search answered questions, `/mamori-event mine` for your study groups',
        '- Role-play practice: `/mamori-practice` (in this DM; `/mamori-practice stop` or `stop` ends it)',
      ],
      teams: [
        '- Send a call transcript (VTT, SRT, TXT, …) or a recording to this chat, or paste a transcript.',
        '- Add the app to a meeting: when it ends, its transcript is analysed and the organiser gets the result privately.',
        "- `dashboard`: your analyses and how things stand (in personal chat). `help`: this text",
        '- Consultations (in personal chat): `book`, `bookings`',
        '- Community: `ask Title` with the question from the next line (`anonymous` on the first line posts anonymously), `faq words` (in personal chat)',
        '- Study groups (in personal chat): `event mine` (`参加予定`) the ones you joined',
        '- Role-play practice (in personal chat): `practice` (`練習`); `stop` ends it',
      ],
    },
  },
  supervisor: {
    ja: {
      slack: [
        '- スタッフの通話でカスハラが判定されると DM でお知らせします。「対応済み」で全員のコピーが更新されます。',
        '- スタッフに代わって通話を共有するときは、ファイルと一緒にそのスタッフを @メンションしてください。負担はその人に記録され、話者名を覚えて次回から自動で記録します（回答の「記録先を変更」で直せます）。',
        '- App ホーム: チームのアラートと負担の状況',
      ],
      teams: [
        '- スタッフの通話でカスハラが判定されると個人チャットでお知らせします。「対応済み」で全員のコピーが更新されます。',
        '- スタッフに代わって通話を送るときは、回答の「記録先を変更」でそのスタッフを選んでください。負担はその人に記録され、話者名を覚えて次回から自動で記録します。',
        '- `ダッシュボード`: チームのアラートと負担の状況',
      ],
    },
    en: {
      slack: [
        "- When a staff member's call is judged harassment you get a DM; 対応済み (Handled) updates every copy.",
        '- Sharing a call for a staff member: mention them with the file. The stress is recorded for them, and their speaker name is remembered for next time (change it under the answer).',
        "- App Home: your team's alerts and stress",
      ],
      teams: [
        "- When a staff member's call is judged harassment you get a message in personal chat; 対応済み (Handled) updates every copy.",
        '- Sending a call for a staff member: choose them under the answer ("Change who it is for"). The stress is recorded for them, and their speaker name is remembered for next time.',
        "- `dashboard`: your team's alerts and stress",
      ],
    },
  },
  instructor: {
    ja: {
      slack: ['- 相談の受付時間・お休み・会議 URL: `/mamori-availability`（`show` で確認）', '- 勉強会: `/mamori-event` で作成、`/mamori-event manage` で編集・中止・出席の記録'],
      teams: ['- 相談の受付時間（個人チャットで）: `受付時間`（`availability`、`受付時間 show` で確認）', '- 勉強会（個人チャットで）: `勉強会`（`event`）で作成、`勉強会 管理`（`event manage`）で編集・中止・出席の記録'],
    },
    en: {
      slack: ['- Consultation hours, days off and meeting URL: `/mamori-availability` (`show` to see them)', '- Study groups: `/mamori-event` to create one, `/mamori-event manage` to edit, cancel or record attendance'],
      teams: ['- Consultation hours (in personal chat): `availability` (`availability show` to see them)', '- Study groups (in personal chat): `event` (`勉強会`) to create one, `event manage` (`勉強会 管理`) to edit, cancel or record attendance'],
    },
  },
  admin: {
    ja: {
      slack: [
        '- `/mamori-admin show`（設定）、`supervisor @スタッフ @上長`、`unsupervise @スタッフ [@上長]`、`channel #部署`、`alert-level all|high|medium|low`、`intake #ch on|off`、`language ja|en`',
        '- データ: `/mamori-admin retention [日数]`、`quota 分`、`/mamori-export`（全データのダウンロード）',
        '- コミュニティ・予約: `/mamori-admin community #ch`、`graduate @x`、`instructor @x`、`bookings`、`bookings policy`、`invoice-rights @x 会社名`',
        '- 負担・AI: `/mamori-admin stress`、`ai on|off`、`manual`、`link`（Teams との連携）',
      ],
      teams: [
        '- `設定`（`settings`）、`上長 @スタッフ @上長`、`上長解除 @スタッフ [@上長]`（`unsupervise`）、`通知レベル すべて|高|中|低`（`alert`、すべて: カスハラと判定した通話すべて、既定）、`言語 ja|en`、`部署チャンネル`（チャンネルで）、`未インストール`',
        '- データ: `保存期間`（`retention`）で保存期間と今月の使用量、`保存期間 365` で変更（30日以上）、`上限 6000`（`quota`）で月の解析時間の上限（0 で無制限）、`書き出し`（`export`、個人チャットで）で全データのダウンロードリンク',
        '- コミュニティ・予約: `コミュニティ`（使うチャンネルで @mamori に）、`修了生 @メンバー`、`講師 @メンバー`、`予約一覧 admin`（`bookings admin`、CSV つき）、`予約一覧 admin policy`（予約のルール）、`請求書払い @メンバー 会社名`（`invoice-rights`）',
        '- 負担・AI レビュー: `stress`（`負担`）、`ai`（設定と今月の使用量）、`ai on|off`、`ai model モデル名|default`、`ai tokens 入力 出力|default`、`ai usage`、`マニュアル` に続けて対応マニュアルの本文（200KB まで）、`マニュアル clear`',
      ],
    },
    en: {
      slack: [
        '- `/mamori-admin show` (settings), `supervisor @staff @supervisor`, `unsupervise @staff [@supervisor]`, `channel #department`, `alert-level all|high|medium|low`, `intake #ch on|off`, `language ja|en`',
        '- Data: `/mamori-admin retention [DAYS]`, `quota MINUTES`, `/mamori-export` (download all data)',
        '- Community and bookings: `/mamori-admin community #ch`, `graduate @x`, `instructor @x`, `bookings`, `bookings policy`, `invoice-rights @x Company`',
        '- Stress and AI: `/mamori-admin stress`, `ai on|off`, `manual`, `link` (to Teams)',
      ],
      teams: [
        '- `settings`, `supervisor @staff @supervisor`, `unsupervise @staff [@supervisor]`, `alert all|high|medium|low` (all: every call judged harassment, the default), `language ja|en`, `department` (in a channel), `not-installed`',
        "- Data: `retention` (how long data is kept, and this month's minutes), `retention 365` to change it (at least 30 days), `quota 6000` monthly minutes (0: no limit), `export` (in personal chat) a download link for all data",
        '- Community and bookings: `community` (@mamori in the channel to use), `graduate @member`, `instructor @member`, `bookings admin` (with the CSV), `bookings admin policy` (the booking policy), `invoice-rights @member Company`',
        "- Stress and AI review: `stress`, `ai` (settings and this month's usage), `ai on|off`, `ai model NAME|default`, `ai tokens IN OUT|default`, `ai usage`, `manual` followed by your response manual's text (up to 200 KB), `manual clear`",
      ],
    },
  },
};

/** The help text for readers with these roles (staff always), in the platform's words. */
export function helpText(platform: Platform, language: Language, audiences: ReadonlySet<HelpAudience>): string {
  const out: string[] = [];
  for (const a of HELP_AUDIENCES) {
    if (a !== 'staff' && !audiences.has(a)) continue;
    // Slack's first staff line is the short DM help it always gave; Teams starts with the title.
    if (a !== 'staff' || platform === 'teams') out.push(platform === 'slack' ? TITLE[a][language].replace(/\*\*/g, '*') : TITLE[a][language]);
    out.push(...LINES[a][language][platform]);
  }
  return out.join('\n');
}

/**
 * Who the reader is, for help: their member roles, supervisors also by their supervisor links, admins
 * also when the platform says so (workspace owners and admins, SLACK_ADMIN_USER_IDS, TEAMS_ADMIN_USER_IDS).
 */
export async function helpAudiences(ex: Executor, orgId: string, by: Actor): Promise<Set<HelpAudience>> {
  const out = new Set<HelpAudience>(['staff']);
  const [member] = await ex.select().from(members).where(and(eq(members.orgId, orgId), eq(members.platformUserId, by.platformUserId)));
  if (by.isWorkspaceAdmin || member?.roles.includes('admin')) out.add('admin');
  if (member?.roles.includes('supervisor')) out.add('supervisor');
  if (member?.roles.includes('instructor')) out.add('instructor');
  if (member && !out.has('supervisor')) {
    const [link] = await ex.select().from(supervisorLinks).where(eq(supervisorLinks.supervisorId, member.id)).limit(1);
    if (link) out.add('supervisor');
  }
  // An admin sets everything up: they see every part.
  if (out.has('admin')) HELP_AUDIENCES.forEach((a) => out.add(a));
  return out;
}

/** The help for the person asking, as the adapters show it. */
export async function helpFor(
  deps: { database: { db: Executor }; orgDefaults: { monthlyMinuteQuota: number; retentionDays: number } },
  input: { org: OrgRef; by: Actor; language: Language },
): Promise<string> {
  const org = await ensureOrganisation(deps.database.db, input.org, deps.orgDefaults);
  return helpText(input.org.platform, input.language, await helpAudiences(deps.database.db, org.id, input.by));
}
