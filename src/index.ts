/**
 * The library API: extract one document in-process (`extract`, `extractBytes`,
 * `extractFile`), plus the record types and schemas. See README "Library".
 */
export { extract, extractBytes, extractFile, type BytesOptions, type ExtractOptions, type TextInput } from './api/extract.js';
export { normalizeText, asciiFold, placeTones, type ToneStyle } from './core/normalize.js';
export { parseViNumber } from './patterns/vi-number.js';
export * from './types.js';
