/** Small call-log transcripts for the review tests (`[hh:mm:ss] role: text`, one utterance a line). */
export function callLog(lines: [string, string][], startSec = 0, step = 6): string {
  return lines
    .map(([who, text], k) => {
      const s = startSec + k * step;
      const hh = String(Math.floor(s / 3600)).padStart(2, '0');
      const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
      const ss = String(s % 60).padStart(2, '0');
      return `[${hh}:${mm}:${ss}] ${who}: ${text}`;
    })
    .join('\n') + '\n';
}
