/** Who may do what in the community. */
import type { Member } from '../../db/repo/organisations.js';

/** Graduates, instructors and admins take part in the community. */
export const isCommunityMember = (m: Member) => m.roles.some((r) => r === 'graduate' || r === 'instructor' || r === 'admin');
/** Instructors and admins organise study groups, moderate, and are told of unanswered questions. */
export const isInstructor = (m: Member) => m.roles.some((r) => r === 'instructor' || r === 'admin');
export const isAdmin = (m: Member) => m.roles.includes('admin');
