/**
 * Whose stress a call adds to (issue 15 item 8): the staff member in the call, not whoever shared the
 * file. A supervisor sharing a call for someone names them (a mention when sharing, or the member
 * select under the answer); the name of the staff speaker in the transcript is then remembered per
 * organisation (speaker_members), so the next call with that speaker is charged to them by itself.
 * Staff sharing their own calls: charged to themselves, as before.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AnalysisResult } from '../analysis/result.js';
import type { Tx } from '../db/connection.js';
import { members, speakerMembers, submissions } from '../db/schema/index.js';

/** How the member was found: the sharer themselves, named when sharing, from the speaker's name, corrected after. */
export type ChargeReason = 'sharer' | 'named' | 'speaker' | 'corrected';

/** Who the answer says the call was charged to: the outbox payload's `chargedTo`. */
export interface ChargedTo {
  platformUserId: string;
  name: string | null;
  how: ChargeReason;
  /** The speaker label (as written in the transcript) that named them, or that was remembered for them. */
  label: string | null;
}

/**
 * Words that say what a speaker is, not who: a label made only of these (「オペレーター」, "Agent",
 * "SPEAKER_00", 「話者1」) is the same in everyone's calls and must never be remembered as one person.
 */
const GENERIC_WORDS =
  /(?:オペレーター|おぺれーたー|担当者?|受付|職員|看護師?|配車|責任者|店員|スタッフ|すたっふ|係|教頭|校長|担任|先生|医師|フロント|窓口|顧客|お客様?|客|患者|家族|利用者|保護者|相談者|話者|発言者|不明|参加者|speaker|unknown|participant|agent|dispatch|staff|manager|clerk|nurse|reception|operator|representative|rep|associate|cashier|teller|doctor|supervisor|front desk|teacher|principal|support|caller|customer|client|guest|patient|user|person|spk)/giu;

/**
 * The label as a key (NFKC, spaces collapsed, lower case), or null when it does not name a person:
 * what is left without role words, digits and punctuation must hold a kana/kanji or two letters.
 */
export function speakerKey(label: string): string | null {
  const key = label.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase().slice(0, 200);
  if (key === '') return null;
  const rest = key.replace(GENERIC_WORDS, '').replace(/[\p{N}\p{P}\p{S}\s]/gu, '');
  const personal = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(rest) || /\p{L}.*\p{L}/u.test(rest);
  return personal ? key : null;
}

/** The staff speakers whose labels name a person, the one who spoke most first. */
export function staffSpeakerLabels(result: Pick<AnalysisResult, 'speakers'>): string[] {
  return result.speakers
    .filter((s) => s.role === 'staff' && speakerKey(s.label) !== null)
    .sort((a, b) => b.share - a.share)
    .map((s) => s.label);
}

/** Remembers that `label` is `memberId` in this organisation (a later naming or correction replaces it). */
export async function rememberSpeaker(tx: Tx, orgId: string, label: string, memberId: string, setBy: string | null): Promise<boolean> {
  const key = speakerKey(label);
  if (key === null) return false;
  await tx.insert(speakerMembers).values({ orgId, label: key, memberId, setBy })
    .onConflictDoUpdate({ target: [speakerMembers.orgId, speakerMembers.label], set: { memberId, setBy, lastUsedAt: sql`now()` } });
  return true;
}

/**
 * Decides, inside the analysis job's transaction, who a call is charged to, records it on the
 * submission, and learns from it: a member named when sharing is remembered for the call's staff
 * speaker; otherwise a remembered speaker decides; otherwise the sharer.
 */
export async function chargeAnalysedCall(
  tx: Tx,
  call: { orgId: string; submissionId: string; sharerId: string; namedId: string | null; result: Pick<AnalysisResult, 'speakers'> },
): Promise<ChargedTo | null> {
  const labels = staffSpeakerLabels(call.result);
  let memberId = call.sharerId;
  let how: ChargeReason = 'sharer';
  let label: string | null = null;
  if (call.namedId !== null && call.namedId !== call.sharerId) {
    memberId = call.namedId;
    how = 'named';
    label = labels[0] ?? null;
    if (label !== null) await rememberSpeaker(tx, call.orgId, label, memberId, call.sharerId);
  } else if (call.namedId === null && labels.length > 0) {
    const keys = labels.map((l) => speakerKey(l)!);
    const known = await tx.select().from(speakerMembers)
      .where(and(eq(speakerMembers.orgId, call.orgId), inArray(speakerMembers.label, keys)));
    const hit = keys.map((k, i) => ({ row: known.find((r) => r.label === k), label: labels[i]! })).find((x) => x.row);
    if (hit?.row) {
      memberId = hit.row.memberId;
      how = memberId === call.sharerId ? 'sharer' : 'speaker';
      label = hit.label;
      await tx.update(speakerMembers).set({ lastUsedAt: sql`now()` })
        .where(and(eq(speakerMembers.orgId, call.orgId), eq(speakerMembers.label, hit.row.label)));
    }
  }
  await tx.update(submissions).set({ staffMemberId: memberId === call.sharerId ? null : memberId }).where(eq(submissions.id, call.submissionId));
  const [m] = await tx.select().from(members).where(eq(members.id, memberId));
  return m ? { platformUserId: m.platformUserId, name: m.displayName, how, label } : null;
}
