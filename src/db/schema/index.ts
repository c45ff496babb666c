/** The one pg-core schema. Change it here, then `npx drizzle-kit generate` and commit drizzle/. */
export * from './organisations.js';
export * from './submissions.js';
export * from './alerts.js';
export * from './outbox.js';
export * from './usage.js';
export * from './conversations.js';
export * from './teams.js';
export * from "./community.js";
export * from "./booking.js";
export * from "./insights.js";
export * from "./review.js";
export * from "./teams-posted.js";
export * from "./org-links.js";
export * from "./speaker-members.js";
export * from "./practice.js";
