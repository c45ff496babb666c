// Helper for bank files: one utterance a line.
//   harassment lines:      setting|cat,cat|text
//   other kinds:           setting|text
export function parseBank(lang, kind, block) {
  return block.split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#')).map(l => {
    const parts = l.split('|');
    if (kind === 'harassment') {
      if (parts.length !== 3) throw new Error('bad bank line: ' + l);
      return { lang, kind, harassing: true, setting: parts[0], categories: parts[1].split(','), text: parts[2].trim() };
    }
    if (parts.length !== 2) throw new Error('bad bank line: ' + l);
    return { lang, kind, harassing: false, setting: parts[0], categories: [], text: parts[1].trim() };
  });
}
