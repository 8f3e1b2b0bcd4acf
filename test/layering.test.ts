/**
 * The layering of README.md, checked: which folders of src/ may import
 * which, and that only io/ and cli/ touch the file system, the process or
 * the clock (everything else is pure and deterministic).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/** Folder (first path segment under src/) → folders it may import from. `types` is src/types.ts. */
const ALLOWED: Record<string, readonly string[]> = {
  cli: ['cli', 'pipeline', 'io', 'eval', 'writers', 'refs', 'core', 'types'],
  pipeline: ['pipeline', 'extractors', 'meta', 'core', 'types'],
  io: ['io', 'patterns', 'lexicon', 'types'],
  eval: ['eval', 'core', 'types'],
  writers: ['writers', 'patterns', 'types'],
  refs: ['refs', 'types'],
  extractors: ['extractors', 'core', 'patterns', 'lexicon', 'types'],
  meta: ['meta', 'core', 'patterns', 'lexicon', 'types'],
  core: ['core', 'patterns', 'lexicon', 'types'],
  types: ['patterns', 'lexicon'],
  patterns: ['patterns', 'lexicon'],
  lexicon: ['lexicon'],
  index: ['pipeline', 'core', 'patterns', 'types'],
};
const IMPURE = ['node:fs', 'node:fs/promises', 'node:child_process', 'node:os', 'node:readline', 'node:worker_threads', 'piscina'];
const IMPURE_OK = new Set(['cli', 'io']);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const layerOf = (file: string): string => {
  const rel = path.relative('src', file).split(path.sep);
  return rel.length === 1 ? rel[0]!.replace(/\.[jt]s$/, '') : rel[0]!;
};

function importsOf(source: string): string[] {
  const out: string[] = [];
  for (const line of source.split('\n')) {
    const m = /^\s*(?:import|export)\b[^'"]*from\s+'([^']+)'/.exec(line) ?? /^\s*import\s+'([^']+)'/.exec(line);
    if (m) out.push(m[1]!);
  }
  return out;
}

describe('layering', () => {
  for (const file of files('src').sort()) {
    test(file, () => {
      const layer = layerOf(file);
      const allowed = ALLOWED[layer];
      expect(allowed, `no layering rule for ${layer}`).toBeDefined();
      const source = readFileSync(file, 'utf8');
      for (const spec of importsOf(source)) {
        if (spec.startsWith('.')) {
          const target = layerOf(path.join(path.dirname(file), spec));
          expect(allowed, `${file} imports ${spec} (${target})`).toContain(target);
        } else if (IMPURE.includes(spec)) {
          expect(IMPURE_OK.has(layer), `${file} imports ${spec}: only io/ and cli/ may`).toBe(true);
        }
      }
      if (!IMPURE_OK.has(layer)) {
        expect(source, `${file} reads the clock`).not.toMatch(/\bDate\.now\(|\bnew Date\(\)/);
        expect(source, `${file} touches process`).not.toMatch(/\bprocess\.(?:env|argv|stdout|stderr|stdin|exit|cwd)\b/);
      }
    });
  }
});
