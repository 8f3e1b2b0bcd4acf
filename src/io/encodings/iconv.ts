/**
 * iconv-lite, loaded on first use: most inputs are UTF-8 and never need it, and loading it costs start-up
 * (issue 14: iconv-lite loads only when used).
 */
import { createRequire } from 'node:module';

type Iconv = typeof import('iconv-lite');

const requireCjs = createRequire(import.meta.url);
let lib: Iconv | null = null;

export const iconv = (): Iconv => (lib ??= requireCjs('iconv-lite') as Iconv);
