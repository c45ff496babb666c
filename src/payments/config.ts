/**
 * Stripe settings, validated once from the environment by the caller. Without STRIPE_SECRET_KEY card
 * payment is switched off (the booking form offers invoice and the free orientation only).
 * STRIPE_API_HOST/PORT/PROTOCOL point the official client elsewhere (a proxy, or a local fake in tests).
 */
import { z } from 'zod';

const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);

export const StripeEnvSchema = z.object({
  STRIPE_SECRET_KEY: z.preprocess(emptyAsUndefined, z.string().regex(/^(sk|rk)_(test|live)_/, 'must be a Stripe secret key (sk_test_…, sk_live_…)').optional()),
  STRIPE_WEBHOOK_SECRET: z.preprocess(emptyAsUndefined, z.string().regex(/^whsec_/, 'must be a webhook signing secret (whsec_…)').optional()),
  STRIPE_API_HOST: z.preprocess(emptyAsUndefined, z.string().default('api.stripe.com')),
  STRIPE_API_PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(443)),
  STRIPE_API_PROTOCOL: z.preprocess(emptyAsUndefined, z.enum(['https', 'http']).default('https')),
  STRIPE_TIMEOUT_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(100).max(120_000).default(20_000)),
  STRIPE_MAX_NETWORK_RETRIES: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(5).default(2)),
  /** Seconds a signed webhook stays acceptable (Stripe's default tolerance is 300). */
  STRIPE_WEBHOOK_TOLERANCE_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(3600).default(300)),
});

export interface StripeSettings {
  secretKey: string;
  webhookSecret: string;
  host: string;
  port: number;
  protocol: 'https' | 'http';
  timeoutMs: number;
  maxNetworkRetries: number;
  webhookToleranceSeconds: number;
}

export class StripeConfigError extends Error {
  override name = 'StripeConfigError';
}

/** Null when Stripe is not configured. Both the key and the webhook secret are needed: a payment nobody confirms is worse than none. */
export function loadStripeSettings(env: Record<string, string | undefined>): StripeSettings | null {
  const parsed = StripeEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new StripeConfigError(`invalid Stripe configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  const e = parsed.data;
  if (!e.STRIPE_SECRET_KEY && !e.STRIPE_WEBHOOK_SECRET) return null;
  if (!e.STRIPE_SECRET_KEY || !e.STRIPE_WEBHOOK_SECRET) {
    throw new StripeConfigError('invalid Stripe configuration: STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET must be set together');
  }
  return {
    secretKey: e.STRIPE_SECRET_KEY,
    webhookSecret: e.STRIPE_WEBHOOK_SECRET,
    host: e.STRIPE_API_HOST,
    port: e.STRIPE_API_PORT,
    protocol: e.STRIPE_API_PROTOCOL,
    timeoutMs: e.STRIPE_TIMEOUT_MS,
    maxNetworkRetries: e.STRIPE_MAX_NETWORK_RETRIES,
    webhookToleranceSeconds: e.STRIPE_WEBHOOK_TOLERANCE_SECONDS,
  };
}
