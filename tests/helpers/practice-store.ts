/**
 * The practice flow's store (PracticeStore) in memory, with the table's rules (src/db/repo/practice-sessions.ts):
 * one session under way per trainee, a reply saved only on the state it was judged on and once per message id.
 * `kept.get(trainee)` reads what is stored, as the flow would get it.
 */
import type { PracticeStore, StoredPractice } from '../../src/flows/practice/practice-chat.js';
import type { PracticeSession } from '../../src/flows/practice/session.js';

interface Row { session: PracticeSession; ended: boolean; replyIds: string[] }

export function memoryPracticeStore(): PracticeStore & { kept: { get(trainee: string): StoredPractice | undefined } } {
  const rows = new Map<string, Row[]>(); // newest first
  const read = (t: string): StoredPractice | undefined => {
    const list = rows.get(t);
    if (!list) return undefined;
    const open = list.find((r) => !r.ended);
    return { session: open ? structuredClone(open.session) : null, recent: [...new Set(list.map((r) => r.session.scenarioId))].slice(0, 5) };
  };
  return {
    kept: { get: read },
    get: async (t) => read(t) ?? null,
    start: async (t, session) => {
      const list = rows.get(t) ?? [];
      for (const r of list) r.ended = true;
      rows.set(t, [{ session: structuredClone(session), ended: false, replyIds: [] }, ...list]);
    },
    save: async (t, session, replyId, before) => {
      const open = rows.get(t)?.find((r) => !r.ended);
      if (!open || open.session.turns.length !== before || (replyId && open.replyIds.includes(replyId))) return false;
      open.session = structuredClone(session);
      if (replyId) open.replyIds.push(replyId);
      if (session.outcome) open.ended = true;
      return true;
    },
    applied: async (t, replyId) => (rows.get(t) ?? []).some((r) => r.replyIds.includes(replyId)),
    stop: async (t) => {
      const open = rows.get(t)?.find((r) => !r.ended);
      if (open) open.ended = true;
      return open !== undefined;
    },
  };
}
