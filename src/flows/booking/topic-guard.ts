/** The booking topic goes through the community's confidentiality guard (守秘チェック). */
import { checkConfidential } from '../../text/guard.js';
import type { JapaneseTokenizer } from '../../text/japanese.js';
import type { TopicGuard } from './deps.js';

export function communityTopicGuard(tokenizer: JapaneseTokenizer): TopicGuard {
  return (text) => checkConfidential(text, tokenizer);
}
