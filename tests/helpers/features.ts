/**
 * The community and booking settings an adapter is built with in tests: the defaults, no card payment,
 * unless a test says otherwise (as src/server/compose.ts passes the configured ones).
 */
import type { FeatureSettings } from '../../src/bots/feature-settings.js';
import type { BookingAdapterOptions } from '../../src/flows/booking/adapter-deps.js';
import { loadBookingConfig } from '../../src/flows/booking/config.js';
import { DEFAULT_COMMUNITY_CONFIG } from '../../src/flows/community/config.js';

export function testFeatures(booking?: BookingAdapterOptions): FeatureSettings {
  return { community: DEFAULT_COMMUNITY_CONFIG, booking: booking ?? { payments: null, config: loadBookingConfig({}) } };
}
