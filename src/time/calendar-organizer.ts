/**
 * What the booking and study-group calendar files say about who sends them. mamori posts each file
 * in a chat and can receive no iTIP reply (it has no mailbox and knows no member's e-mail address),
 * so the files publish (RFC 5546 PUBLISH, then CANCEL): ORGANIZER is required, ATTENDEE is not
 * allowed in PUBLISH, and nobody is asked to answer.
 */

/**
 * Used when the operator set neither MAMORI_CALENDAR_DOMAIN nor a public URL: `.invalid` is reserved
 * (RFC 2606), so UIDs stay unique and no mail can reach a domain someone else owns.
 */
export const FALLBACK_CALENDAR_DOMAIN = 'mamori.invalid';

/** A UID that is the same for every version of one booking or study group on this deployment. */
export const calendarUid = (id: string, domain: string) => `${id}@${domain}`;

/**
 * The `ics` library's organizer: the organisation's name (the workspace or tenant) as CN and a
 * no-reply address at the operator's domain. CN is a parameter value: `ics` quotes it, and a
 * double quote, caret or line break inside it is written the RFC 6868 way (a backslash is not an
 * escape in a parameter, so `\"` would end the quoted value early).
 */
export function calendarOrganizer(name: string, domain: string): { name: string; email: string } {
  const cn = name.replace(/\^/g, '^^').replace(/"/g, "^'").replace(/\r\n|\r|\n/g, '^n').trim();
  return { name: cn || 'mamori', email: `noreply@${domain}` };
}
