/** Words of the message views, Japanese first, English second: one catalogue per language. */
import type { Language, Level, Verdict } from '../../analysis/result.js';
import type { ChargeReason } from '../staff-member.js';

export interface ViewLabels {
  verdict: Record<Verdict, string>;
  level: Record<Level, string>;
  risk: string;
  categories: string;
  duration: string;
  moments: string;
  /** The heading of a short reply's moments, which lead with the gravest. */
  momentsGravest: string;
  noMoments: string;
  staffStress: string;
  adviceStaff: string;
  adviceSupervisor: string;
  more: (n: number) => string;
  /** Under a short reply's moments: how many more 全文を見る shows, and in what order. */
  moreInFull: (n: number) => string;
  /** Under a short reply's advice: how much more 全文を見る shows. */
  adviceMoreInFull: (n: number) => string;
  actions: { showAll: string; consult: string; falsePositive: string; missed: string; acknowledge: string };
  alertTitle: string;
  /** Under an answer whose alert was due but had nobody to go to. */
  alertNoRecipient: string;
  alertFrom: (who: string) => string;
  /** Above a re-alert nobody took. */
  alertReminder: string;
  /** A consultation (上長に相談): who asked. */
  alertConsult: (who: string) => string;
  /** In place of the thread link when the answer is in the sharer's private chat. */
  alertNoLink: string;
  /**
   * Under a harassing call's answer: whose stress it was added to and why (src/flows/staff-member.ts);
   * `name` null when the platform shows the member itself (Slack's user select).
   */
  chargedTo: (name: string | null, how: ChargeReason, label: string | null) => string;
  /** The member select's placeholder and the button that applies it. */
  chargeChange: string;
  thread: string;
  acknowledgedBy: (who: string, when: string) => string;
  unknownTime: string;
}

export const LABELS: Record<Language, ViewLabels> = {
  ja: {
    verdict: { kasuhara: 'カスハラの可能性が高い対応です', complaint: '正当な苦情です（カスハラではありません）', normal: '通常の対応です' },
    level: { none: 'なし', low: '低', medium: '中', high: '高' },
    risk: '危険度',
    categories: '該当する類型',
    duration: '通話時間',
    moments: '該当する発言',
    momentsGravest: '該当する発言（重い順）',
    noMoments: 'ハラスメントに当たる発言は見つかりませんでした。',
    staffStress: '担当者の負担',
    adviceStaff: '担当者の方へ（次に言えること）',
    adviceSupervisor: '上長の方へ',
    more: (n) => `ほか ${n} 件`,
    moreInFull: (n) => `ほか ${n} 件（「全文を見る」で時間順にすべて表示）`,
    adviceMoreInFull: (n) => `ほか ${n} 件のアドバイス（「全文を見る」ですべて表示）`,
    actions: { showAll: '全文を見る', consult: '上長に相談', falsePositive: '誤検知を報告', missed: '見逃しを報告', acknowledge: '対応済み' },
    alertTitle: '⚠️ カスハラの可能性が高い通話がありました',
    alertNoRecipient: '⚠️ 上長が未設定のため通知していません（部署チャンネルも未設定です）。管理者に上長か部署チャンネルの設定を依頼してください。',
    alertFrom: (who) => `${who} さんの通話`,
    alertReminder: '🔁 再通知: まだ誰も対応していません',
    alertConsult: (who) => `${who} さんから相談がありました`,
    alertNoLink: '（スレッドは共有者の DM にあります）',
    chargedTo: (name, how, label) => `*負荷の記録先*: ${name ?? ''}${{
      sharer: '（共有した人）', named: '（共有時の指定）', corrected: '（変更済み）',
      speaker: `（話者「${label ?? ''}」として記録済みの人）`,
    }[how]}　違う場合は記録先を選び直してください。`,
    chargeChange: '記録先を変更',
    thread: 'スレッドを開く',
    acknowledgedBy: (who, when) => `✅ ${who} さんが対応済みにしました（${when}）`,
    unknownTime: '時刻なし',
  },
  en: {
    verdict: { kasuhara: 'Likely customer harassment', complaint: 'A legitimate complaint (not harassment)', normal: 'An ordinary call' },
    level: { none: 'none', low: 'low', medium: 'medium', high: 'high' },
    risk: 'Risk',
    categories: 'Categories',
    duration: 'Length',
    moments: 'Harassing moments',
    momentsGravest: 'Harassing moments (gravest first)',
    noMoments: 'No harassing remarks were found.',
    staffStress: 'Staff stress',
    adviceStaff: 'For you (what to say next)',
    adviceSupervisor: 'For the supervisor',
    more: (n) => `${n} more`,
    moreInFull: (n) => `${n} more ("Show all" lists every one in time order)`,
    adviceMoreInFull: (n) => `${n} more pieces of advice ("Show all" lists them all)`,
    actions: { showAll: 'Show all', consult: 'Ask my supervisor', falsePositive: 'Report false positive', missed: 'Report a miss', acknowledge: 'Handled' },
    alertTitle: '⚠️ A call was likely customer harassment',
    alertNoRecipient: '⚠️ Nobody was alerted: no supervisor (and no department channel) is set up. Please ask an admin to set one up.',
    alertFrom: (who) => `Call of ${who}`,
    alertReminder: '🔁 Reminder: nobody has taken this yet',
    alertConsult: (who) => `${who} asked for your advice`,
    alertNoLink: '(the thread is in the sharer\'s DM)',
    chargedTo: (name, how, label) => `*Stress recorded for*: ${name ? `${name} ` : ''}${{
      sharer: '(who shared it)', named: '(named when shared)', corrected: '(changed)',
      speaker: `(remembered as the speaker "${label ?? ''}")`,
    }[how]}. If that is wrong, choose the right person.`,
    chargeChange: 'Change who it is for',
    thread: 'Open the thread',
    acknowledgedBy: (who, when) => `✅ Handled by ${who} (${when})`,
    unknownTime: 'no time',
  },
};
