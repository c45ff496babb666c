/** The community's part of App Home: what the commands do, and a 質問する button (opens the form). */
import type { types } from '@slack/bolt';
import { section } from '../blocks/render.js';
import type { Lang } from '../text.js';
import { communityText } from './text.js';

export const ASK_HOME_ACTION = 'community_ask_open';

export function communityHomeBlocks(lang: Lang): types.KnownBlock[] {
  const t = communityText(lang);
  return [
    section(t.homeCommunity),
    { type: 'actions', block_id: 'community', elements: [{ type: 'button', action_id: ASK_HOME_ACTION, style: 'primary', value: 'ask', text: { type: 'plain_text', text: t.askButton } }] },
  ];
}
