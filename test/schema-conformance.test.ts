/**
 * The CLI validates records only with --validate, so the pipeline itself must
 * give records that the zod schema would return unchanged: no internal keys
 * (a match's `groups` once leaked into date mentions), keys in schema order.
 * Checked on every text and HTML fixture; --validate gives the same bytes, and
 * a record that breaks the schema becomes an error record, not bad output.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadValidation, processLoaded } from '../src/cli/process-input.js';
import { loadDocuments } from '../src/io/load-documents.js';
import { extractDocument } from '../src/pipeline/extract-document.js';
import { DOCUMENT_KEY_ORDER } from '../src/extractors/documents/refine.js';
import { DocResultSchema, DocumentMentionSchema } from '../src/types.js';
import { runCli } from './helpers/fake-io.js';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures');
const walk = (dir: string): string[] =>
  readdirSync(dir).sort().flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
const documents = walk(fixtures).filter((p) => /\.(txt|html?)$/i.test(p) && !p.includes(`${path.sep}gold${path.sep}`));

describe('records are schema-exact without validation', () => {
  test('there are fixtures to check', () => {
    expect(documents.length).toBeGreaterThanOrEqual(10);
  });

  test.each(documents.map((p) => [path.relative(fixtures, p), p]))('%s', async (_name, file) => {
    for await (const loaded of loadDocuments({ path: file, kind: 'file' }, { inputFormat: 'auto', maxBytes: 1 << 26, stdin: async () => new Uint8Array() })) {
      if (!loaded.ok) continue;
      const record = extractDocument(loaded.input, loaded.meta ? { meta: loaded.meta } : {});
      expect(JSON.stringify(DocResultSchema.parse(record))).toBe(JSON.stringify(record));
    }
  });
});

describe('extraction without zod', () => {
  test('the document key order written in documents/refine.ts is the schema\'s', () => {
    expect([...DOCUMENT_KEY_ORDER]).toEqual(Object.keys(DocumentMentionSchema.shape));
  });
});

describe('--validate', () => {
  test('gives the same bytes as without it', async () => {
    const seeds = path.join(fixtures, 'seeds');
    const plain = await runCli(['extract', seeds, '-f', 'jsonl', '-j', '1']);
    const validated = await runCli(['extract', seeds, '-f', 'jsonl', '-j', '1', '--validate']);
    expect(plain.code).toBe(0);
    expect(validated.code).toBe(0);
    expect(validated.stdout).toBe(plain.stdout);
    expect(plain.stdout.split('\n').filter(Boolean).length).toBeGreaterThan(3);
  });

  test('a record that breaks the schema becomes an error record with one reason', async () => {
    await loadValidation();
    const source = { path: 'bad.txt', format: 'text' as const, encoding: 'utf-8', bytes: -1, sha256: null };
    const loaded = { ok: true as const, input: { text: 'Ngày 2/9/2025.', source } };
    expect(processLoaded(loaded, {}).record.dates).toHaveLength(1);
    const checked = processLoaded(loaded, { validate: true });
    expect(checked.failure).toMatch(/does not match the schema at source\.bytes/);
    expect(checked.record.errors).toEqual([{ code: 'internal', message: checked.failure }]);
    expect(checked.record.dates).toEqual([]);
  });
});
