#!/bin/sh
# rebuild bank.mjs from bank*.part (one utterance a line: KIND|setting|text|cat|cat...)
cd "$(dirname "$0")"
{ printf '%s\n' '// Utterance bank for regional-ja-2: KIND|setting|text|categories... (H harassment, N hard_negative, O ordinary)'
  printf '%s\n' 'const raw = String.raw`'
  cat bank*.part
  printf '%s\n' '`;'
  printf '%s\n' "const K = { H: 'harassment', N: 'hard_negative', O: 'ordinary' };"
  printf '%s\n' "export default raw.trim().split(/\r?\n/).map((l) => { const [k, setting, text, ...cats] = l.split('|'); return [K[k], setting, text, cats.filter(Boolean)]; });"
} > bank.mjs
