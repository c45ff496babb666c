/**
 * Clock times in every format: `hh:mm:ss.mmm` (VTT), `hh:mm:ss,mmm` (SRT), `mm:ss`, `hh:mm:ss` (logs).
 * Bounded quantifiers only, so a hostile line cannot make the match slow.
 */
const CLOCK = /^(?:(\d{1,6}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/;

/** Seconds, or null when the text is not a clock time. Minutes and seconds must be below 60. */
export function parseClock(text: string): number | null {
  const m = CLOCK.exec(text.trim());
  if (!m) return null;
  const hours = Number(m[1] ?? '0');
  const minutes = Number(m[2]);
  const seconds = Number(m[3]);
  if (minutes >= 60 || seconds >= 60) return null;
  const millis = Number((m[4] ?? '').padEnd(3, '0'));
  // Integer milliseconds divided once gives the same double as the decimal literal (127.33, not 127.33000000000001).
  return ((hours * 3600 + minutes * 60 + seconds) * 1000 + millis) / 1000;
}

export interface Timing {
  start: number;
  end: number;
}

export function isTimingLine(line: string): boolean {
  return line.includes('-->');
}

/** `start --> end [cue settings]`; null when either side is not a clock time. */
export function parseTimingLine(line: string): Timing | null {
  const arrow = line.indexOf('-->');
  if (arrow < 0) return null;
  const start = parseClock(line.slice(0, arrow));
  const rest = line.slice(arrow + 3).trim();
  const space = rest.search(/\s/);
  const end = parseClock(space < 0 ? rest : rest.slice(0, space));
  if (start === null || end === null) return null;
  return { start, end };
}
