/**
 * The privacy policy and terms of use shown when the operator has not named files of their own
 * (MAMORI_PRIVACY_FILE, MAMORI_TERMS_FILE). They describe what mamori itself does, and point to the
 * operator for everything only the operator can promise; Markdown, rendered by markdown.ts.
 */
import type { PageLang } from './page-html.js';

export type PolicyKind = 'privacy' | 'terms';

export const DEFAULT_POLICY_TEXT: Record<PolicyKind, Record<PageLang, string>> = {
  privacy: {
    ja: `# プライバシーポリシー

この mamori は、あなたの組織（以下「運営者」）が運用しています。mamori は、カスタマーハラスメントから従業員を守るための Slack / Microsoft Teams のボットです。

## 扱う情報
- あなたが mamori に共有した通話の録音・会議の文字起こしと、その分析結果（危険度、該当する発言の抜粋、助言）
- Slack / Teams のユーザー ID、表示名、組織内での役割（スタッフ、上長、管理者など）
- コミュニティ（質問・勉強会）への投稿と参加の記録
- 相談の予約と、その支払い・請求書の記録
- ロールプレイ練習であなたが入力した返答と、その評価

## 使い方
- 分析結果は、共有した本人と、組織が定めた上長・管理者に届けます。
- 録音そのものは文字起こしが終わりしだい削除します。文字起こしと分析結果、練習の返答は、組織の管理者が定めた保存期間（初期設定 365 日）が過ぎると削除します。
- 管理者が有効にした場合に限り、分析の確認のために文字起こしを外部の AI サービスに送ります（氏名などは伏せて送ります）。
- カードでのお支払いは Stripe が処理します。mamori はカード番号を受け取らず、保存もしません。

## お問い合わせ
情報の開示・訂正・削除のご依頼は、組織の mamori 管理者にご連絡ください。
`,
    en: `# Privacy policy

This mamori is run by your organisation (the "operator"). mamori is a Slack / Microsoft Teams bot that protects staff from customer harassment.

## What it handles
- Call recordings and meeting transcripts you share with mamori, and their analysis (risk, excerpts of the remarks concerned, advice)
- Your Slack / Teams user ID, display name and role in the organisation (staff, supervisor, admin, …)
- What you post and attend in the community (questions, study groups)
- Consultation bookings and their payment or invoice records
- The replies you type in role-play practice, and their scores

## How it is used
- An analysis goes to the person who shared the call and to the supervisors and admins the organisation has set.
- Recordings are deleted as soon as they are transcribed. Transcripts, analyses and practice replies are deleted after the retention period the organisation's admins set (365 days unless changed).
- Only if an admin turns it on, transcripts are sent to an outside AI service to check the analysis (with names masked).
- Card payments are processed by Stripe. mamori never receives or stores card numbers.

## Contact
To see, correct or delete your information, ask your organisation's mamori administrator.
`,
  },
  terms: {
    ja: `# 利用規約

この mamori は、あなたの組織（以下「運営者」）が運用しています。mamori を使うことで、次の事項に同意したものとします。

## 分析について
- 分析結果は、対応を考えるための参考情報です。法的な判断や、特定の人物への評価ではありません。
- 通話や会議を共有するときは、組織の規程に従い、共有してよいものだけを共有してください。

## コミュニティについて
- 質問・回答・勉強会では、お客様や同僚など、個人や会社を特定できる情報を書かないでください。
- 他の参加者を尊重してください。運営者は、規程に反する投稿を削除できます。

## 相談の予約について
- 料金、キャンセル期限と返金の割合は、予約の画面に表示される組織のルールに従います。
- 予約はお支払いの確認後（請求書払いの場合は予約時）に確定し、Slack / Teams のメッセージでお知らせします。

## その他
- 運営者は、mamori の提供を予告なく変更・停止することがあります。
- ご不明な点は、組織の mamori 管理者にお問い合わせください。
`,
    en: `# Terms of use

This mamori is run by your organisation (the "operator"). By using mamori you agree to the following.

## Analyses
- An analysis is guidance for deciding how to respond. It is neither a legal judgement nor an assessment of any person.
- Share only calls and meetings your organisation's rules allow you to share.

## Community
- In questions, answers and study groups, do not write anything that identifies a person or company, such as customers or colleagues.
- Respect the other participants. The operator may remove posts that break its rules.

## Consultation bookings
- Prices, the cancellation deadline and refunds follow the organisation's rules, shown when you book.
- A booking is confirmed once the payment is received (when booked, for invoice payment), and you are told in a Slack / Teams message.

## Other
- The operator may change or stop mamori without notice.
- For any question, ask your organisation's mamori administrator.
`,
  },
};
