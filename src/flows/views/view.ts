/**
 * The platform-neutral view model every message is built as. Flows return it; `bots/slack` renders it
 * to Block Kit and `bots/teams` to Adaptive Cards, so both platforms show the same facts and no
 * business rule is written twice. Platform limits are the renderers' business, not this file's.
 *
 * Every string in a view is text, never platform markup: views carry what members typed (questions,
 * answers, event descriptions, comments, file names, transcript quotes), so each renderer escapes
 * all of it for its platform, and nothing in a view can become a link, a mention or a broadcast
 * (Slack `<https://…|…>`, `<@U…>`, `<!here>`; Teams `[…](…)`). The one formatting a view has is its
 * own: `*bold*` and line breaks, which each renderer translates.
 */
export type Tone = 'danger' | 'warning' | 'good' | 'muted';

export type ActionId =
  | 'show_all' | 'consult_supervisor' | 'report_false_positive' | 'report_missed' | 'acknowledge_alert'
  // The community (src/flows/community): the value is the question, answer or event id.
  | 'community_answer' | 'community_resolve' | 'community_report' | 'community_hide'
  | 'event_join' | 'event_cancel_rsvp'
  // Consultation booking (src/flows/booking): the value is the booking or invoice id.
  | 'booking_cancel' | 'booking_move' | 'booking_held' | 'booking_no_show' | 'booking_invoice_paid'
  // One session's meeting URL (会議URLを設定): the value is the booking id.
  | 'booking_meeting_url'
  // Insights (src/flows/insights): the value is the feedback id.
  | 'insights_accept_feedback' | 'insights_reject_feedback'
  // Who a call's stress is recorded for (src/flows/staff-member.ts): the value is the analysis id.
  | 'charge_staff';

export interface ViewAction {
  id: ActionId;
  label: string;
  /** Opaque to the platform: what the flow needs back when the button is pressed (e.g. an analysis id). */
  value: string;
  style?: 'primary' | 'danger';
}

/**
 * A piece of a `line`: words the flow says (escaped like any view text), a member by platform user
 * id from the database (Slack mentions them; Teams shows the display name its adapter looked up), or
 * a link the platform itself gave (a permalink), never a URL a member typed.
 */
export type Inline = string | { member: string } | { link: string; label: string };

export type ViewBlock =
  | { type: 'header'; text: string }
  | { type: 'text'; text: string; tone?: Tone }
  /** Text that names members or links back (an alert: who shared the call, the thread). */
  | { type: 'line'; parts: Inline[]; tone?: Tone }
  | { type: 'fields'; fields: Array<{ label: string; value: string }> }
  | { type: 'excerpt'; time: string; speaker: string; quote: string; tags: string[]; score: number }
  | { type: 'list'; title: string; items: string[] }
  | { type: 'image'; url: string; alt: string }
  | { type: 'actions'; actions: ViewAction[] }
  /**
   * Choose a member of the workspace (Slack users_select, Teams people picker): `text` above it,
   * `selected` shown chosen (a platform user id from the database, never typed text), `value` sent back.
   */
  | { type: 'member_select'; id: ActionId; text: string; label: string; value: string; selected: { platformUserId: string; name: string | null } }
  | { type: 'divider' };

export interface MessageView {
  /** Plain text for notifications, screen readers and clients that cannot show cards. */
  fallbackText: string;
  blocks: ViewBlock[];
}
