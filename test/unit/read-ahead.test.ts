import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDocuments, readAhead, type Loaded, type LoadOptions } from '../../src/io/load-documents.js';
import type { InputRef } from '../../src/io/read-inputs.js';

const options: LoadOptions = { inputFormat: 'auto', maxBytes: 1000, stdin: () => Promise.reject(new Error('no stdin here')) };
const file = (p: string): InputRef => ({ path: p, kind: 'file' });

async function all(docs: AsyncGenerator<Loaded>): Promise<Loaded[]> {
  const out: Loaded[] = [];
  for await (const d of docs) out.push(d);
  return out;
}

describe('readAhead: a file read before its turn gives what reading it in its turn gives', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dvx-ahead-'));
  const text = path.join(dir, 'a.txt');
  writeFileSync(text, 'Ngày 5/3/2021, UBND tỉnh Phú Thọ họp.');
  const big = path.join(dir, 'big.txt');
  writeFileSync(big, 'x'.repeat(2000));

  test('the same document, and the same failure, read ahead or in turn', async () => {
    for (const p of [text, big, path.join(dir, 'missing.txt'), dir]) {
      const inTurn = await all(loadDocuments(file(p), options));
      const ahead = await all(loadDocuments(file(p), options, readAhead(file(p), options)));
      expect(ahead).toEqual(inTurn);
    }
    const [failed] = await all(loadDocuments(file(big), options, readAhead(file(big), options)));
    expect(failed).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  test('stdin and JSON Lines are streamed, never read ahead', () => {
    expect(readAhead({ path: '-', kind: 'stdin' }, options)).toBeUndefined();
    expect(readAhead(file(path.join(dir, 'x.jsonl')), options)).toBeUndefined();
  });

  test('a read started and never taken (the batch stopped) is no unhandled rejection', async () => {
    const rejections: unknown[] = [];
    const onRejection = (err: unknown): void => void rejections.push(err);
    process.on('unhandledRejection', onRejection);
    readAhead(file(path.join(dir, 'gone.txt')), options);
    await new Promise((resolve) => setTimeout(resolve, 50));
    process.off('unhandledRejection', onRejection);
    expect(rejections).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});
