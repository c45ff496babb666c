/**
 * Where Stripe Checkout sends the trainee back to. mamori serves its own pages for both
 * (src/bots/http/pages/booking-return-pages.ts) at these paths of the server's public URL; the return
 * URL carries the organisation's language and platform, so the page speaks the reader's language and
 * says where the confirmation arrives (Slack or Teams) without looking anything up.
 */
import type { Platform } from '../../db/schema/index.js';

export const BOOKING_PAID_PATH = '/booking/paid';
export const BOOKING_CANCELLED_PATH = '/booking/cancelled';

/** Used only when no public URL is set: a placeholder the operator is told to replace. */
export const PLACEHOLDER_BASE_URL = 'https://mamori.example';

/** The public base URL (PUBLIC_BASE_URL, else https://TEAMS_BOT_DOMAIN), without a trailing slash. */
export function publicBaseUrlOf(env: Record<string, string | undefined>): string | undefined {
  const base = env.PUBLIC_BASE_URL || (env.TEAMS_BOT_DOMAIN ? `https://${env.TEAMS_BOT_DOMAIN}` : undefined);
  return base?.replace(/\/+$/, '');
}

/** The configured return URL with the reader's language and platform added (an operator's own query kept). */
export function checkoutReturnUrl(configured: string, language: 'ja' | 'en', platform: Platform): string {
  const url = new URL(configured);
  url.searchParams.set('lang', language);
  url.searchParams.set('platform', platform);
  return url.toString();
}
