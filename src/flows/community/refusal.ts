/** Errors members can cause: values with a clear message in the organisation's language, never exceptions. */
import { communityMessages } from './messages.js';

type RefusalTexts = ReturnType<typeof communityMessages>['refusal'];
export type RefusalReason = keyof RefusalTexts;

export interface Refusal {
  status: 'refused';
  reason: RefusalReason;
  /** Shown privately to the person who acted. */
  message: string;
}

export function refuse<R extends RefusalReason>(
  language: string,
  reason: R,
  ...args: RefusalTexts[R] extends (...a: infer A) => string ? A : []
): Refusal {
  const text = communityMessages(language).refusal[reason] as string | ((...a: unknown[]) => string);
  return { status: 'refused', reason, message: typeof text === 'function' ? text(...args) : text };
}

/** Collects field problems, then gives one 'invalid' refusal listing them all. */
export class FieldCheck {
  private readonly problems: string[] = [];
  constructor(private readonly language: string) {}

  private label(field: string): string {
    return communityMessages(this.language).fields[field] ?? field;
  }

  add(field: string, problem: string): void {
    this.problems.push(`${this.label(field)}: ${problem}`);
  }

  /** Trims; an empty required text or one over `max` characters is a problem. Returns the trimmed text. */
  text(field: string, value: unknown, max: number, required = true): string {
    const m = communityMessages(this.language);
    const s = typeof value === 'string' ? value.trim() : '';
    if (required && s.length === 0) this.add(field, m.required);
    else if ([...s].length > max) this.add(field, m.tooLong(max));
    return s;
  }

  int(field: string, value: unknown, min: number, max: number): number {
    const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    if (!Number.isInteger(n) || n < min || n > max) this.add(field, communityMessages(this.language).badNumber(min, max));
    return n;
  }

  refusal(): Refusal | null {
    return this.problems.length === 0 ? null : refuse(this.language, 'invalid', this.problems.join(' / '));
  }
}
