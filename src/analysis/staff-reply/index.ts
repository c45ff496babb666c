/** The staff-reply evaluator's public face (role-play practice, issue 18). Pure, like the rest of analysis. */
export { evaluateReply, HABIT_GRAVITY, type HabitJudgement, type ReplyEvaluation } from './evaluate-reply.js';
export * from './habits.js';
export { HABIT_NAMES, HABIT_WORDS } from './coaching.js';
export { replyFeatures } from './reply-features.js';
export { deserializeReplyModel, serializeReplyModel, REPLY_MODEL_FORMAT, REPLY_OUTPUTS, type ReplyModel, type SerializedReplyModel } from './reply-model.js';
export { ruleVerdicts } from './rule-verdicts.js';
