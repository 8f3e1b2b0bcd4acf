/**
 * The texts the organizations readers are compared with their old patterns on (test/unit/org-level-reader.test.ts,
 * test/unit/org-chain-reader.test.ts): every fixture text, every organizations corpus phrase, and a seeded generator
 * for random strings.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { newDocState, type Context } from '../../src/core/define-extractor.js';
import { matchView, normalizeText } from '../../src/core/normalize.js';
import { capitalsView } from '../../src/extractors/organizations/capitals.js';
import { htmlToText } from '../../src/io/html/html-to-text.js';
import { pick } from './random.js';

// --- the texts -----------------------------------------------------------------------------------------------------

const filesIn = (dir: string, ext: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith(ext))
        .sort()
        .map((f) => path.join(dir, f))
    : [];

export const view = (raw: string): string => matchView(normalizeText(raw, { tone: 'traditional' }), 'traditional');
/** The view, and the view with its runs of capitals folded (the capitals rule reads the chain there). */
export const views = (raw: string): string[] => {
  const v = view(raw);
  const folded = capitalsView({ view: v, text: v, state: newDocState() } as unknown as Context);
  return folded === v ? [v] : [v, folded];
};

export const FIXTURE_TEXTS: [string, string][] = [
  ...['fixtures/seeds', 'fixtures/texts', ...readdirSync('fixtures/dev').map((d) => path.join('fixtures/dev', d, 'texts'))]
    .flatMap((dir) => filesIn(dir, '.txt'))
    .map((f): [string, string] => [f, readFileSync(f, 'utf8')]),
  ...filesIn('fixtures/html', '.html').map((f): [string, string] => [f, htmlToText(readFileSync(f, 'utf8')).text]),
];

/** Every text of the organizations corpus (examples, counter-examples, contexts). */
export function corpusPhrases(): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(JSON.parse(readFileSync('fixtures/corpus/organizations.json', 'utf8')));
  return [...new Set(out)].filter((s) => s.length > 2);
}

export { pick, random } from './random.js';

/**
 * A lexicon word or phrase as texts may mangle it, for the random strings: upper-cased, lower-cased, first letter
 * changed, its spaces doubled, turned into hyphens or dropped, or cut short (or as written, more than half the time).
 */
export function varied(next: () => number, word: string): string {
  const c = next();
  if (c < 0.1) return word.toUpperCase();
  if (c < 0.2) return word.toLowerCase();
  if (c < 0.3) return word[0]!.toUpperCase() + word.slice(1);
  if (c < 0.35) return word[0]!.toLowerCase() + word.slice(1);
  if (c < 0.4) return word.replaceAll(' ', pick(next, ['  ', '   ', '    ', '-', '']));
  if (c < 0.45) return word.slice(0, Math.floor(next() * word.length));
  return word;
}

