/**
 * Booking's part of `/mamori-admin`: `bookings` (upcoming and past bookings, unpaid invoices with
 * 入金済み, revenue per month, privately; the CSV of every booking to the admin's DM) and
 * `invoice-rights @user 会社名` (the member was sent by their company and may pay by invoice; `off`
 * clears it), `bookings policy` (the organisation's booking policy: shown, or changed with
 * `deadline=48 late-refund=50 late-move=on notice=24 buffer=10 hold=30`). Returns false when the verb
 * is not booking's, so the dispatcher carries on.
 */
import type { RespondFn, SlashCommand, types } from '@slack/bolt';
import { adminBookingOverview, bookingsCsv, setInvoiceRights } from '../../../flows/booking/admin.js';
import { adminOverviewScreen } from '../../../flows/booking/screens/admin-overview.js';
import { policyScreen } from '../../../flows/booking/screens/policy.js';
import { bookingMessages } from '../../../flows/booking/messages.js';
import { bookingPolicy, setBookingPolicy } from '../../../flows/booking/policy.js';
import { invoiceRightsView } from '../../../flows/booking/invoice-rights-view.js';
import { renderView } from '../blocks/render.js';
import { screenMessage } from '../blocks/screen.js';
import { whoIs } from '../community/deps.js';
import { errorName, type SlackContext } from '../context.js';
import type { Lang } from '../text.js';
import { bookingDeps, orgOf, personOf } from './deps.js';
import { bookingText } from './text.js';

export async function bookingAdminCommand(ctx: SlackContext, command: SlashCommand, verb: string, args: string, respond: RespondFn): Promise<boolean> {
  const v = verb.toLowerCase();
  if (v !== 'bookings' && v !== 'invoice-rights') return false;
  const { lang } = await whoIs(ctx, command.team_id, command.user_id);
  const t = bookingText(lang);
  const deps = await bookingDeps(ctx);
  const org = orgOf(ctx, command.team_id);
  const actor = await personOf(ctx, command.user_id, command.user_name);
  if (v === 'invoice-rights') {
    const m = /^<@([UW][A-Z0-9]+)(?:\|([^>]*))?>\s*(.*)$/s.exec(args.trim());
    const company = m?.[3]?.trim() ?? '';
    if (!m || !company) {
      await respond({ response_type: 'ephemeral', text: t.rightsUsage });
      return true;
    }
    const clear = /^(off|none|なし|解除)$/i.test(company);
    const out = await setInvoiceRights(deps, { org, actor, member: { platformUserId: m[1]!, ...(m[2] ? { displayName: m[2] } : {}) }, company: clear ? null : company });
    // The same view Teams shows (src/flows/booking/invoice-rights-view.ts); the member as a mention.
    const reply = out.status === 'saved' ? renderView(invoiceRightsView(lang, { platformUserId: m[1]! }, out.company), { surface: 'message' }) : { text: out.message };
    await respond({ response_type: 'ephemeral', ...reply });
    return true;
  }
  const [sub = '', ...rest] = args.trim().split(/\s+/);
  if (/^(policy|rules?|ルール|規定)$/i.test(sub)) {
    await respond({ response_type: 'ephemeral', ...(await policyReply(deps, { org, actor }, rest.join(' '), lang)) });
    return true;
  }
  const out = await adminBookingOverview(deps, { org, actor });
  if (out.status !== 'ok') {
    await respond({ response_type: 'ephemeral', text: out.message });
    return true;
  }
  await respond({ response_type: 'ephemeral', ...screenMessage(adminOverviewScreen(lang, out, t.csvComment)) });
  await sendCsv(ctx, command.user_id, lang, await bookingsCsv(deps, { org, actor }), async (text) => { await respond({ response_type: 'ephemeral', text }); });
  return true;
}

/** `bookings policy [changes]`: the policy in force, or changed (all or nothing), in the admin's language (the screen Teams shows too). */
async function policyReply(
  deps: Awaited<ReturnType<typeof bookingDeps>>, who: { org: ReturnType<typeof orgOf>; actor: Awaited<ReturnType<typeof personOf>> }, changes: string, lang: Lang,
): Promise<{ text: string; blocks?: types.KnownBlock[] }> {
  const out = changes.trim() ? await setBookingPolicy(deps, { ...who, change: changes }) : await bookingPolicy(deps, who);
  if (out.status === 'forbidden') return { text: bookingMessages(lang).notAdmin };
  return screenMessage(policyScreen(lang, out, bookingText(lang).policyUsage));
}

/** The CSV to the admin's DM (it names trainees: never to the channel the command was typed in); `onFail` tells them otherwise. */
export async function sendCsv(
  ctx: SlackContext, userId: string, lang: Lang, out: Awaited<ReturnType<typeof bookingsCsv>>, onFail: (text: string) => Promise<void>,
): Promise<boolean> {
  if (out.status !== 'ok') return false;
  const t = bookingText(lang);
  try {
    const dm = await ctx.client.conversations.open({ users: userId });
    const channel = dm.channel?.id;
    if (!channel) throw new Error('conversations.open returned no channel');
    await ctx.client.files.uploadV2({ channel_id: channel, file: Buffer.from(out.csv, 'utf8'), filename: out.fileName, title: out.fileName, initial_comment: t.csvComment });
    return true;
  } catch (err) {
    ctx.logger.warn({ err: errorName(err) }, 'bookings CSV not uploaded');
    await onFail(t.csvFailed).catch(() => {});
    return false;
  }
}
