/**
 * Where Stripe Checkout sends the trainee back: by default mamori's own pages at the server's public
 * URL (/booking/paid, /booking/cancelled), with the organisation's language and platform in the link so
 * the page speaks the reader's language and names the chat the confirmation arrives in. An operator's
 * own URLs are kept, query and all. Checked on the session created at a local fake Stripe over HTTP.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { bookSession } from '../../../src/flows/booking/book.js';
import { INSTRUCTOR, ORG, openWorld, type World } from './harness.js';

let w: World | undefined;
afterEach(async () => {
  await w?.close();
  w = undefined;
});

async function checkoutUrls(world: World): Promise<{ success: string; cancel: string }> {
  const trainee = await world.trainee(1);
  const out = await bookSession(world.deps, {
    org: ORG, trainee, kind: 'consultation', instructor: INSTRUCTOR.platformUserId, start: world.at(world.date(3), '10:00').toISOString(),
    topic: '', payment: 'card', requestKey: 'return-urls',
  });
  expect(out.status).toBe('awaiting_payment');
  const create = world.stripe.requests.find((r) => r.path === '/v1/checkout/sessions' && r.method === 'POST')!;
  return { success: String(create.form.success_url), cancel: String(create.form.cancel_url) };
}

describe('Checkout return URLs', () => {
  it('point at mamori’s own pages on the public URL, with the organisation’s language and platform', async () => {
    w = await openWorld({ PUBLIC_BASE_URL: 'https://mamori.kaisha.example/' });
    expect(await checkoutUrls(w)).toEqual({
      success: 'https://mamori.kaisha.example/booking/paid?lang=ja&platform=slack',
      cancel: 'https://mamori.kaisha.example/booking/cancelled?lang=ja&platform=slack',
    });
  }, 120_000);

  it('use the Teams bot domain when that is the public address', async () => {
    w = await openWorld({ TEAMS_BOT_DOMAIN: 'bot.kaisha.example' });
    expect(w.config.checkout).toMatchObject({ successUrl: 'https://bot.kaisha.example/booking/paid', cancelUrl: 'https://bot.kaisha.example/booking/cancelled' });
  }, 120_000);

  it('keep an operator’s own pages, adding the language to their query', async () => {
    w = await openWorld({ PUBLIC_BASE_URL: 'https://mamori.kaisha.example', MAMORI_BOOKING_SUCCESS_URL: 'https://kaisha.example/thanks?from=mamori', MAMORI_BOOKING_CANCEL_URL: 'https://kaisha.example/sorry' });
    expect(await checkoutUrls(w)).toEqual({
      success: 'https://kaisha.example/thanks?from=mamori&lang=ja&platform=slack',
      cancel: 'https://kaisha.example/sorry?lang=ja&platform=slack',
    });
  }, 120_000);
});
