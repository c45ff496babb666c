/**
 * What `npm start` says when neither chat platform is configured: the first thing a new admin sees.
 * On a terminal a short guide in words; otherwise one log line (JSON, for log collectors) that still
 * names the variables, since a container's logs are all an operator has.
 */

export const NO_PLATFORM_LOG_MESSAGE =
  'neither Slack nor Teams is configured: set SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode) for Slack, ' +
  'or TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET and TEAMS_TENANT_ID for Teams (README: "Connecting Slack", "Connecting Microsoft Teams"); ' +
  'only workers and webhooks run';

export function noPlatformGuide(port: number | null): string {
  return [
    '',
    'mamori: Slack も Teams も設定されていません。 / Neither Slack nor Teams is configured.',
    '',
    '  Slack: SLACK_BOT_TOKEN=xoxb-…  と  SLACK_SIGNING_SECRET=…（HTTP、/slack/events）',
    '         または SLACK_APP_TOKEN=xapp-…（Socket Mode） / or SLACK_APP_TOKEN for Socket Mode',
    '  Teams: TEAMS_CLIENT_ID=…  TEAMS_CLIENT_SECRET=…  TEAMS_TENANT_ID=…（/api/messages）',
    '',
    '  手順 / how: README.md「Connecting Slack」「Connecting Microsoft Teams」',
    '  設定せずに試す / try it without either: npx mamori analyze samples/ja-harassment.vtt',
    '',
    port === null
      ? '  いまはワーカーだけが動いています。 / Only the workers run now.'
      : `  いまはワーカーと http://localhost:${port}/healthz だけが動いています（Ctrl+C で終了）。 / Only the workers and the web server run now (Ctrl+C stops).`,
    '',
  ].join('\n');
}
