/**
 * The layering of README.md, checked: the table under "The layering" is
 * read from the README itself, every file's imports are read with the
 * TypeScript parser, and each must go to a layer its row allows. Only io/
 * and cli/ touch the file system, the process or the clock (everything else
 * is pure and deterministic).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { importsOf, layerOf, readLayering, violations } from './helpers/layering.js';

const LAYERING = readLayering(readFileSync('README.md', 'utf8'));
const IMPURE = ['node:fs', 'node:fs/promises', 'node:child_process', 'node:os', 'node:readline', 'node:worker_threads', 'piscina'];
const IMPURE_OK = new Set(['cli', 'io', 'api']);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('the README table', () => {
  test('has a row for every folder and top-level file of src/, and no other', () => {
    const layers = new Set(files('src').map((f) => layerOf(f)));
    expect([...LAYERING.keys()].sort()).toEqual([...layers].sort());
  });

  test('runs one way: no two layers may import each other', () => {
    for (const [a, allowed] of LAYERING) {
      for (const b of allowed) if (b !== a) expect(LAYERING.get(b), `${a} ↔ ${b}`).not.toContain(a);
    }
  });
});

describe('the checker', () => {
  test('sees a forbidden import written over several lines, a re-export, a type import and a dynamic import', () => {
    const source = [
      "import {",
      "  EXTRACTORS,",
      "} from",
      "  '../pipeline/extractors.js';",
      "export { extractDocument } from '../pipeline/extract-document.js';",
      "import type { Found } from './refine.js';",
      "type E = import('../extractors/dates/index.js').Dates;",
      "const later = () => import('../cli/run.js');",
    ].join('\n');
    expect(importsOf('src/core/x.ts', source).map((i) => [i.specifier, i.line, i.typeOnly])).toEqual([
      ['../pipeline/extractors.js', 4, false],
      ['../pipeline/extract-document.js', 5, false],
      ['./refine.js', 6, true],
      ['../extractors/dates/index.js', 7, true],
      ['../cli/run.js', 8, false],
    ]);
    expect(violations('src/core/x.ts', source, LAYERING)).toEqual([
      'src/core/x.ts:4 imports ../pipeline/extractors.js (core → pipeline)',
      'src/core/x.ts:5 imports ../pipeline/extract-document.js (core → pipeline)',
      'src/core/x.ts:7 imports ../extractors/dates/index.js (core → extractors)',
      'src/core/x.ts:8 imports ../cli/run.js (core → cli)',
    ]);
  });

  test('ignores import-like text in comments and strings', () => {
    const source = "// import { x } from '../cli/run.js';\nconst s = \"import y from '../cli/run.js'\";\n";
    expect(importsOf('src/core/x.ts', source)).toEqual([]);
  });
});

describe('layering', () => {
  for (const file of files('src').sort()) {
    test(file, () => {
      const layer = layerOf(file);
      const source = readFileSync(file, 'utf8');
      expect(violations(file, source, LAYERING)).toEqual([]);
      for (const { specifier } of importsOf(file, source)) {
        if (IMPURE.includes(specifier)) expect(IMPURE_OK.has(layer), `${file} imports ${specifier}: only io/ and cli/ may`).toBe(true);
      }
      if (!IMPURE_OK.has(layer)) {
        expect(source, `${file} reads the clock`).not.toMatch(/\bDate\.now\(|\bnew Date\(\)/);
        expect(source, `${file} touches process`).not.toMatch(/\bprocess\.(?:env|argv|stdout|stderr|stdin|exit|cwd)\b/);
      }
    });
  }
});
