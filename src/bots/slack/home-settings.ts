/**
 * App Home's settings for admins: the buttons 上長を設定 / 通知設定を変更, their modals, and reading
 * what was submitted (pure: the listeners call the settings flows, src/flows/actions/settings.ts).
 */
import type { types } from '@slack/bolt';
import { ALERT_THRESHOLDS, type AlertLevel, type OrganisationSettings } from '../../flows/actions/settings.js';
import { clip, clipButton, clipModalTitle, LIMITS } from './blocks/limits.js';
import { section } from './blocks/render.js';
import { textFor, type Lang } from './text.js';

export const HOME_SUPERVISORS_ACTION = 'home_settings_supervisors';
export const HOME_ALERTS_ACTION = 'home_settings_alerts';
export const SUPERVISORS_VIEW = 'home_settings_supervisors_view';
export const ALERTS_VIEW = 'home_settings_alerts_view';

/** What the modals carry to their submission. */
export interface SettingsMeta { teamId?: string | undefined }

const LEVELS: AlertLevel[] = ['all', 'high', 'medium', 'low'];
const LANGS: Lang[] = ['ja', 'en'];
/** Slack's own limit on people in a multi_users_select (kept far below what the flows handle in one go). */
const MAX_PEOPLE = 50;

type Values = Record<string, Record<string, {
  selected_users?: string[] | null; selected_conversation?: string | null; selected_option?: { value: string } | null;
  selected_options?: Array<{ value: string }> | null;
}>>;

export function homeSettingsButtons(lang: Lang): types.KnownBlock {
  const t = textFor(lang);
  return {
    type: 'actions', block_id: 'home_settings',
    elements: [
      { type: 'button', action_id: HOME_SUPERVISORS_ACTION, value: 'open', text: { type: 'plain_text', text: clipButton(t.homeSetSupervisors()) } },
      { type: 'button', action_id: HOME_ALERTS_ACTION, value: 'open', text: { type: 'plain_text', text: clipButton(t.homeAlertSettings()) } },
    ],
  };
}

/** A one-message modal (a refusal). */
export function noticeModal(lang: Lang, title: string, text: string): types.ModalView {
  return { type: 'modal', title: { type: 'plain_text', text: clipModalTitle(title) }, close: { type: 'plain_text', text: textFor(lang).close() }, blocks: [section(text)] };
}

const option = (text: string, value: string) => ({ text: { type: 'plain_text' as const, text: clip(text, 75) }, value });
const metadata = (meta: SettingsMeta) => JSON.stringify(meta).slice(0, LIMITS.privateMetadata);

export function supervisorsModal(lang: Lang, settings: OrganisationSettings, meta: SettingsMeta): types.ModalView {
  const t = textFor(lang);
  const modes = [option(t.modeSet(), 'set'), option(t.modeRemove(), 'remove')];
  const current = settings.supervisors.map((l) => t.supervisorLine(l.staff, l.supervisors));
  return {
    type: 'modal', callback_id: SUPERVISORS_VIEW, private_metadata: metadata(meta),
    title: { type: 'plain_text', text: clipModalTitle(t.supervisorsModalTitle()) },
    submit: { type: 'plain_text', text: clipModalTitle(t.save()) },
    close: { type: 'plain_text', text: clipModalTitle(t.close()) },
    blocks: [
      { type: 'input', block_id: 'staff', label: { type: 'plain_text', text: t.staffLabel() },
        element: { type: 'multi_users_select', action_id: 'staff', max_selected_items: MAX_PEOPLE } },
      { type: 'input', block_id: 'supervisors', optional: true, label: { type: 'plain_text', text: t.bossesLabel() }, hint: { type: 'plain_text', text: t.bossesHint() },
        element: { type: 'multi_users_select', action_id: 'supervisors', max_selected_items: MAX_PEOPLE } },
      { type: 'input', block_id: 'mode', label: { type: 'plain_text', text: t.modeLabel() },
        element: { type: 'radio_buttons', action_id: 'mode', options: modes, initial_option: modes[0] } },
      { type: 'divider' },
      section(clip([t.supervisorsTitle(), ...(current.length > 0 ? current : [t.noSupervisors()])].join('\n'), LIMITS.sectionText)),
    ],
  };
}

export function alertSettingsModal(lang: Lang, settings: OrganisationSettings, meta: SettingsMeta): types.ModalView {
  const t = textFor(lang);
  const levels = LEVELS.map((l) => option(t.levelOption(l, ALERT_THRESHOLDS[l]), l));
  const langs = LANGS.map((l) => option(t.languageName(l), l));
  const level = levels.find((o) => o.value === settings.alertLevel);
  const language = langs.find((o) => o.value === settings.language);
  return {
    type: 'modal', callback_id: ALERTS_VIEW, private_metadata: metadata(meta),
    title: { type: 'plain_text', text: clipModalTitle(t.alertModalTitle()) },
    submit: { type: 'plain_text', text: clipModalTitle(t.save()) },
    close: { type: 'plain_text', text: clipModalTitle(t.close()) },
    blocks: [
      { type: 'input', block_id: 'channel', optional: true, label: { type: 'plain_text', text: t.channelLabel() }, hint: { type: 'plain_text', text: t.channelHint() },
        element: {
          type: 'conversations_select', action_id: 'channel', filter: { include: ['public', 'private'], exclude_bot_users: true },
          ...(settings.departmentChannel ? { initial_conversation: settings.departmentChannel } : {}),
        } },
      { type: 'input', block_id: 'clear_channel', optional: true, label: { type: 'plain_text', text: t.clearLabel() },
        element: { type: 'checkboxes', action_id: 'clear_channel', options: [option(t.clearChannel(), 'clear')] } },
      // A custom threshold (set elsewhere) has no option: left unchanged unless one is chosen.
      { type: 'input', block_id: 'level', optional: !level, label: { type: 'plain_text', text: t.levelLabel() },
        element: { type: 'static_select', action_id: 'level', options: levels, ...(level ? { initial_option: level } : {}) } },
      { type: 'input', block_id: 'language', label: { type: 'plain_text', text: t.languageLabel() },
        element: { type: 'radio_buttons', action_id: 'language', options: langs, ...(language ? { initial_option: language } : {}) } },
    ],
  };
}

export type Read<T> = { ok: T } | { errors: Record<string, string> };

export interface SupervisorsForm { mode: 'set' | 'remove'; staff: string[]; supervisors: string[] }

export function readSupervisorsForm(values: Values | undefined, lang: Lang): Read<SupervisorsForm> {
  const t = textFor(lang);
  const staff = [...new Set(values?.staff?.staff?.selected_users ?? [])];
  const supervisors = [...new Set(values?.supervisors?.supervisors?.selected_users ?? [])];
  const mode = values?.mode?.mode?.selected_option?.value ?? 'set';
  const errors: Record<string, string> = {};
  if (mode !== 'set' && mode !== 'remove') errors.mode = t.errChoice();
  if (staff.length === 0) errors.staff = t.errNoStaff();
  if (mode === 'set' && supervisors.length === 0) errors.supervisors = t.errNoBoss();
  if (mode === 'set' && supervisors.some((s) => staff.includes(s))) errors.supervisors = t.errSelf();
  if (staff.length > MAX_PEOPLE) errors.staff = t.errChoice();
  if (supervisors.length > MAX_PEOPLE) errors.supervisors = t.errChoice();
  return Object.keys(errors).length > 0 ? { errors } : { ok: { mode: mode as 'set' | 'remove', staff, supervisors } };
}

export interface AlertForm { channel: string | null; level: AlertLevel | null; language: Lang }

export function readAlertForm(values: Values | undefined, lang: Lang): Read<AlertForm> {
  const t = textFor(lang);
  const clear = (values?.clear_channel?.clear_channel?.selected_options ?? []).some((o) => o.value === 'clear');
  const chosen = values?.channel?.channel?.selected_conversation ?? null;
  const level = values?.level?.level?.selected_option?.value ?? null;
  const language = values?.language?.language?.selected_option?.value ?? '';
  const errors: Record<string, string> = {};
  if (!clear && chosen !== null && !/^[CG][A-Z0-9]{2,}$/.test(chosen)) errors.channel = t.errChannel();
  if (level !== null && !(LEVELS as string[]).includes(level)) errors.level = t.errChoice();
  if (!(LANGS as string[]).includes(language)) errors.language = t.errChoice();
  if (Object.keys(errors).length > 0) return { errors };
  return { ok: { channel: clear ? null : chosen, level: level as AlertLevel | null, language: language as Lang } };
}
