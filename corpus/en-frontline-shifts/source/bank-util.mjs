const ja = (t) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(t) ? 'ja' : 'en';
export const H = (setting, text, cats) => [ja(text), 'harassment', setting, text, cats];
export const N = (setting, text) => [ja(text), 'hard_negative', setting, text, []];
export const O = (setting, text) => [ja(text), 'ordinary', setting, text, []];
