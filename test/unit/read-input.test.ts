import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadDocuments, type Loaded, type LoadOptions } from '../../src/io/load-documents.js';
import type { InputRef } from '../../src/io/read-inputs.js';

const options: LoadOptions = { inputFormat: 'auto', maxBytes: 1000, stdin: () => Promise.reject(new Error('no stdin here')) };
const file = (p: string): InputRef => ({ path: p, kind: 'file' });

async function all(docs: AsyncGenerator<Loaded>): Promise<Loaded[]> {
  const out: Loaded[] = [];
  for await (const d of docs) out.push(d);
  return out;
}

// files are read with blocking calls (io/read-inputs.ts readInput): each way a read fails is still one failed
// document with its code, never an exception, and nothing that is not a regular file is opened (a FIFO would block)
describe('readInput: a file read whole, its failures as documents', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dvx-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const failure = async (p: string): Promise<unknown> => {
    const docs = await all(loadDocuments(file(p), options));
    expect(docs).toHaveLength(1);
    return docs[0]!.ok ? null : docs[0]!.error.code;
  };

  test('a text file: its text, bytes and hash', async () => {
    const p = path.join(dir, 'a.txt');
    writeFileSync(p, 'Ngày 5/3/2021, UBND tỉnh Phú Thọ họp.');
    const [doc] = await all(loadDocuments(file(p), options));
    expect(doc).toMatchObject({ ok: true, input: { text: 'Ngày 5/3/2021, UBND tỉnh Phú Thọ họp.', source: { path: p, bytes: Buffer.byteLength('Ngày 5/3/2021, UBND tỉnh Phú Thọ họp.'), encoding: 'utf-8' } } });
    if (doc?.ok) expect(doc.input.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('over --max-bytes, missing, a folder: each its code', async () => {
    const big = path.join(dir, 'big.txt');
    writeFileSync(big, 'x'.repeat(2000));
    expect(await failure(big)).toBe('too-large');
    expect(await failure(path.join(dir, 'missing.txt'))).toBe('not-found');
    expect(await failure(dir)).toBe('not-a-file');
  });

  test('a FIFO is refused by its type, not opened (a blocking open would wait for a writer forever)', async () => {
    const fifo = path.join(dir, 'pipe.txt');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return; // no mkfifo here: nothing to test
    }
    expect(await failure(fifo)).toBe('not-a-file');
  });

  test('a file without read permission is unreadable (unless this runs as root, which reads it anyway)', async () => {
    const p = path.join(dir, 'secret.txt');
    writeFileSync(p, 'Ngày 5/3/2021');
    chmodSync(p, 0o000);
    const code = await failure(p);
    expect(code).toBe(process.getuid?.() === 0 ? null : 'unreadable');
  });
});
