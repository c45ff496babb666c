/**
 * The app's icons, drawn here as SVG and rasterised with resvg: a 192×192 colour icon (full-bleed
 * background) and the 32×32 outline icon Teams requires (white on transparent, nothing else).
 * The shape: a shield (守り, protection) with a speech bubble cut out of it.
 */
import { Resvg } from '@resvg/resvg-js';

const SHIELD = 'M96 28 L150 48 V96 C150 132 126 156 96 168 C66 156 42 132 42 96 V48 Z';
const BUBBLE = 'M72 78 H120 A8 8 0 0 1 128 86 V110 A8 8 0 0 1 120 118 H94 L80 130 V118 H72 A8 8 0 0 1 64 110 V86 A8 8 0 0 1 72 78 Z';

export function colorIconSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="192" height="192" viewBox="0 0 192 192">
  <rect width="192" height="192" fill="#2f6f5e"/>
  <path d="${SHIELD}" fill="#ffffff"/>
  <path d="${BUBBLE}" fill="#2f6f5e"/>
  <circle cx="84" cy="98" r="5" fill="#ffffff"/><circle cx="96" cy="98" r="5" fill="#ffffff"/><circle cx="108" cy="98" r="5" fill="#ffffff"/>
</svg>`;
}

export function outlineIconSvg(): string {
  // The same drawing scaled to 32×32: white shield, the bubble as a transparent hole.
  return `<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="24 16 144 160">
  <path d="${SHIELD} ${BUBBLE}" fill="#ffffff" fill-rule="evenodd"/>
</svg>`;
}

function rasterise(svg: string): Uint8Array {
  return new Resvg(svg, { font: { loadSystemFonts: false }, background: 'rgba(0,0,0,0)' }).render().asPng();
}

export function teamsIcons(): { color: Uint8Array; outline: Uint8Array } {
  return { color: rasterise(colorIconSvg()), outline: rasterise(outlineIconSvg()) };
}
