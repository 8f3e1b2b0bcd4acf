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

/** A small seeded generator (mulberry32), so a failure can be replayed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

