/** The library API: extract one document in-process, plus the record types. */
export { extractDocument, type ExtractInput, type ExtractOptions } from './pipeline/extract-document.js';
export { normalizeText, asciiFold, placeTones, type ToneStyle } from './core/normalize.js';
export { parseViNumber } from './patterns/vi-number.js';
export * from './types.js';
