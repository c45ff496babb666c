/**
 * Reads a produced .ics with ical.js (Mozilla's parser, the one Thunderbird uses) and lists what
 * RFC 5546 (iTIP) requires of a VEVENT for its METHOD that the file lacks. A test expects no problems
 * and then reads the parsed fields, so it sees what a calendar would see, not the text we wrote.
 */
import ICAL from 'ical.js';

export interface ParsedEvent {
  method: string | null;
  uid: string;
  sequence: number;
  status: string | null;
  summary: string | null;
  description: string | null;
  location: string | null;
  start: Date | null;
  end: Date | null;
  organizer: { cn: string | null; address: string } | null;
  attendees: number;
}

// RFC 5546 §3.2: properties each METHOD requires exactly once in a VEVENT, and those it forbids.
const REQUIRED: Record<string, string[]> = {
  PUBLISH: ['dtstamp', 'dtstart', 'organizer', 'summary', 'uid'],
  REQUEST: ['attendee', 'dtstamp', 'dtstart', 'organizer', 'sequence', 'summary', 'uid'],
  CANCEL: ['dtstamp', 'organizer', 'sequence', 'uid'],
};
const FORBIDDEN: Record<string, string[]> = { PUBLISH: ['attendee'], REQUEST: [], CANCEL: [] };

/** Parses the file (throws when ical.js cannot) and returns its one event and what iTIP finds missing. */
export function readCalendarFile(text: string): { event: ParsedEvent; problems: string[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const problems: string[] = [];
  if (calendar.getFirstPropertyValue('version') !== '2.0') problems.push('VERSION:2.0 missing');
  if (!calendar.getFirstPropertyValue('prodid')) problems.push('PRODID missing');
  const method = (calendar.getFirstPropertyValue('method') as string | null)?.toUpperCase() ?? null;
  const events = calendar.getAllSubcomponents('vevent');
  if (events.length !== 1) problems.push(`${events.length} VEVENTs, expected 1`);
  const v = events[0]!;
  if (method) {
    const rules = REQUIRED[method];
    if (!rules) problems.push(`METHOD:${method} is not one mamori should send`);
    for (const name of rules ?? []) {
      const n = v.getAllProperties(name).length;
      if (name === 'attendee' ? n < 1 : n !== 1) problems.push(`METHOD:${method} needs ${name.toUpperCase()} (${n} found)`);
    }
    for (const name of FORBIDDEN[method] ?? []) if (v.getAllProperties(name).length > 0) problems.push(`METHOD:${method} must not have ${name.toUpperCase()}`);
  }
  if (!/\r\n$/.test(text) || /[^\r]\n/.test(text)) problems.push('lines must end in CRLF');
  const organizerProp = v.getFirstProperty('organizer');
  const time = (name: string) => {
    const t = v.getFirstPropertyValue(name) as ICAL.Time | null;
    return t ? t.toJSDate() : null;
  };
  const event: ParsedEvent = {
    method,
    uid: String(v.getFirstPropertyValue('uid')),
    sequence: Number(v.getFirstPropertyValue('sequence') ?? 0),
    status: (v.getFirstPropertyValue('status') as string | null) ?? null,
    summary: (v.getFirstPropertyValue('summary') as string | null) ?? null,
    description: (v.getFirstPropertyValue('description') as string | null) ?? null,
    location: (v.getFirstPropertyValue('location') as string | null) ?? null,
    start: time('dtstart'),
    end: new ICAL.Event(v).endDate?.toJSDate() ?? null,
    organizer: organizerProp
      ? { cn: (organizerProp.getParameter('cn') as string | undefined) ?? null, address: String(organizerProp.getFirstValue()).toLowerCase() }
      : null,
    attendees: v.getAllProperties('attendee').length,
  };
  return { event, problems };
}
