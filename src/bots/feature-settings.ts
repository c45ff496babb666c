/**
 * What a chat adapter needs from the server's configuration to serve the community and booking
 * features, passed once when the adapter is built (src/server/compose.ts). Required, not optional: an
 * adapter built without it does not compile, so a forgotten call can never quietly mean "no card
 * payment" or the community's defaults (the setters this replaces could).
 */
import type { BookingAdapterOptions } from '../flows/booking/adapter-deps.js';
import type { CommunityConfig } from '../flows/community/config.js';

export interface FeatureSettings {
  community: CommunityConfig;
  /** Stripe (null: card payment not offered), the booking configuration, the topic guard. */
  booking: BookingAdapterOptions;
}
