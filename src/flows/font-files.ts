/**
 * The fonts every picture and PDF draws with, installed by npm (nothing fetched at run time): Noto Sans
 * JP for Japanese, Inter for Latin text. Resolved once per process.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let noto: [regular: string, bold: string] | undefined;
let inter: [regular: string, bold: string] | undefined;

/** The packaged Noto Sans JP TTF files: regular, bold. */
export function notoSansJpFiles(): [regular: string, bold: string] {
  noto ??= [require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'), require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf')];
  return noto;
}

/** The packaged Inter TTF files: regular, bold. */
export function interFiles(): [regular: string, bold: string] {
  inter ??= [require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'), require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf')];
  return inter;
}
