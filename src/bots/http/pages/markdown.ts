/**
 * The small part of Markdown a privacy policy or terms of use needs — headings, paragraphs, lists,
 * emphasis, links — turned into HTML in which every character of the text is escaped. Raw HTML in the
 * file stays visible as text: this renderer never passes markup through, so a policy cannot carry script.
 */
import { escapeHtml } from './page-html.js';

export function markdownToHtml(markdown: string): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  let list: { tag: 'ul' | 'ol'; items: string[] } | null = null;
  const flush = () => {
    if (paragraph.length) out.push(`<p>${paragraph.map(inline).join('<br>\n')}</p>`);
    paragraph = [];
    if (list) out.push(`<${list.tag}>${list.items.map((i) => `<li>${inline(i)}</li>`).join('')}</${list.tag}>`);
    list = null;
  };
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    const heading = /^(#{1,4})\s+(.*?)\s*#*$/.exec(line);
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    if (!line.trim()) {
      flush();
    } else if (heading) {
      flush();
      const level = heading[1]!.length;
      out.push(`<h${level}>${inline(heading[2]!)}</h${level}>`);
    } else if (bullet || numbered) {
      const tag = bullet ? 'ul' : 'ol';
      if (paragraph.length || (list && list.tag !== tag)) flush();
      list ??= { tag, items: [] };
      list.items.push((bullet ?? numbered)![1]!);
    } else if (list && /^\s{2,}\S/.test(raw)) {
      // An indented line continues the list item above it.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return out.join('\n');
}

/** **bold**, *emphasis*, `code` and [text](http(s)/mailto link) inside escaped text. */
function inline(text: string): string {
  const parts: string[] = [];
  const pattern = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*(.+?)\*\*|\*(.+?)\*|`([^`]+)`/g;
  let last = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    parts.push(escapeHtml(text.slice(last, m.index)));
    if (m[1] !== undefined) {
      const href = m[2]!;
      // Only web and mail links: a javascript: or data: URL stays as plain text.
      parts.push(/^(https?:\/\/|mailto:)/i.test(href) ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(m[1])}</a>` : escapeHtml(m[0]));
    } else if (m[3] !== undefined) parts.push(`<strong>${escapeHtml(m[3])}</strong>`);
    else if (m[4] !== undefined) parts.push(`<em>${escapeHtml(m[4])}</em>`);
    else parts.push(`<code>${escapeHtml(m[5]!)}</code>`);
    last = m.index + m[0].length;
  }
  parts.push(escapeHtml(text.slice(last)));
  return parts.join('');
}
