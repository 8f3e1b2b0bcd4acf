/**
 * A batch's HTML pages on the main thread under a time budget (cli/process-input.ts): each page's DOM and text, its
 * loading's computing, runs with its extraction in the batch's one vm call (main-budget.ts `runEach`), not in a vm
 * call of its own (one a page cost ~13% of a `-j 1` run over 1,200 small pages: a watchdog thread each). The records
 * are those the one-document path gives, a page without article text included.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { loadFile, processEntry, processLineGroups, processLoadedFiles, type Processed } from '../../src/cli/process-input.js';
import type { DocGuard } from '../../src/cli/main-budget.js';
import type { LoadOptions } from '../../src/io/load-documents.js';
import type { InputEntry } from '../../src/io/read-inputs.js';

/** A guard that runs every step at once and counts its calls (`run` per step, `runEach` per group), and knows when it is inside `runEach`. */
function countingGuard(): DocGuard & { run: ReturnType<typeof vi.fn>; runEach: ReturnType<typeof vi.fn>; inside: () => boolean } {
  let inside = false;
  return {
    message: 'stopped',
    left: () => 60_000,
    end: () => {},
    inside: () => inside,
    run: vi.fn(<T>(step: () => T): T => step()),
    runEach: vi.fn(<T>(steps: readonly (() => T)[]) => {
      inside = true;
      try {
        return steps.map((step) => ({ value: step() }));
      } finally {
        inside = false;
      }
    }),
  } as never;
}

const page = (body: string): string => `<html><head><title>Tin</title></head><body><article>${body}</article></body></html>`;

describe('HTML pages in a batch on the main thread', () => {
  test('are read in the batch\'s one vm call, with the records of the one-document path', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dvx-html-batch-'));
    const files = {
      'a.html': page('<p>Ngày 5/3/2021, UBND tỉnh Phú Thọ chi 35 tỷ đồng.</p>'),
      'b.txt': 'Ngày 6/3/2021, Sở Y tế tỉnh Lào Cai họp.',
      'c.html': page('<p>Quyết định số 12/2021/QĐ-UBND ngày 1/3/2021 của UBND tỉnh.</p>'),
      'd.html': '<html><head><title>x</title></head><body>  <script>var a = 1;</script> </body></html>', // no article text: an `empty` record
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
    const entries: InputEntry[] = Object.keys(files).map((name) => ({ ref: { path: path.join(dir, name), kind: 'file' } }));
    const load: LoadOptions = { inputFormat: 'auto', maxBytes: 1 << 20, stdin: () => Promise.reject(new Error('no stdin')) };
    const options = { tone: 'traditional' as const };

    const guard = countingGuard();
    const loaded = [];
    for (const entry of entries) loaded.push(await loadFile(entry, load, options, guard));
    expect(loaded.map((f) => f.ready === null)).toEqual([true, false, true, true]); // the pages' reading is left
    const finishedInside: boolean[] = [];
    for (const f of loaded) {
      const finish = f.finish;
      f.finish = () => (finishedInside.push(guard.inside()), finish());
    }
    const records = processLoadedFiles(loaded, options, guard);
    expect(finishedInside).toEqual([true, true, true, true]);
    expect(guard.run).not.toHaveBeenCalled();
    expect(guard.runEach).toHaveBeenCalledTimes(1);

    const alone: Processed[] = [];
    const single = countingGuard();
    for (const entry of entries) for await (const p of processEntry(entry, load, options, single)) alone.push(p);
    expect(single.run).toHaveBeenCalled(); // the one-document path reads a page in a step of its own
    expect(records.map((p) => JSON.stringify(p.record))).toEqual(alone.map((p) => JSON.stringify(p.record)));
    expect(records[3]!.record.errors[0]!.code).toBe('empty');
    expect(records[2]!.record.documents.length).toBeGreaterThan(0);
  });

  test('a JSON Lines stream\'s HTML records are read in their group\'s vm call too, with the one-record path\'s records', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dvx-html-lines-'));
    const file = path.join(dir, 'crawl.jsonl');
    const records = [
      { id: 'a', html: page('<p>Ngày 5/3/2021, UBND tỉnh Phú Thọ chi 35 tỷ đồng.</p>') },
      { id: 'b', text: 'Ngày 6/3/2021, Sở Y tế tỉnh Lào Cai họp.' },
      { id: 'c', html: '<html><body> <script>var a = 1;</script> </body></html>' },
      { id: 'd', html: `<html><body>a${String.fromCharCode(0)}b</body></html>` },
    ];
    writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n{not json\n');
    const entry: InputEntry = { ref: { path: file, kind: 'file' } };
    const load: LoadOptions = { inputFormat: 'auto', maxBytes: 1 << 20, stdin: () => Promise.reject(new Error('no stdin')) };
    const options = { tone: 'traditional' as const };

    const guard = countingGuard();
    const grouped: Processed[] = [];
    for await (const group of processLineGroups(entry, load, options, guard)) grouped.push(...group);
    expect(guard.run).not.toHaveBeenCalled();
    expect(guard.runEach).toHaveBeenCalled();

    const alone: Processed[] = [];
    const single = countingGuard();
    for await (const p of processEntry(entry, load, options, single)) alone.push(p);
    expect(single.run).toHaveBeenCalled();
    expect(grouped.map((p) => JSON.stringify(p.record))).toEqual(alone.map((p) => JSON.stringify(p.record)));
    expect(grouped.map((p) => p.record.errors[0]?.code ?? 'ok')).toEqual(['ok', 'ok', 'empty', 'binary', 'malformed-record']);
  });
});
