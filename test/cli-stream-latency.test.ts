/** A JSON Lines stream on stdin, fed one record at a time, gets each record's output before the next is sent. */
import { spawn } from 'node:child_process';
import { describe, expect, test } from 'vitest';

describe('streaming: records are not held back for their successors', () => {
  test('each record of a slow producer is written out before the next one is sent', async () => {
    const child = spawn(process.execPath, ['bin/dvx.js', 'extract', '-', '--input-format', 'jsonl', '-f', 'jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    const waiters: (() => void)[] = [];
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      for (const w of waiters.splice(0)) w();
    });
    const lineCount = (): number => out.split('\n').filter((l) => l.trim() !== '').length;
    const linesReach = (n: number): Promise<void> =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${lineCount()} of ${n} records out after 30 s`)), 30_000);
        const check = (): void => {
          if (lineCount() >= n) {
            clearTimeout(timer);
            resolve();
          } else waiters.push(check);
        };
        check();
      });
    for (let i = 1; i <= 3; i++) {
      child.stdin.write(`${JSON.stringify({ id: `r${i}`, text: `Ngày ${i}/3/2021, tỉnh chi ${i} tỷ đồng.` })}\n`);
      await linesReach(i); // the stream is still open: the record came out on its own
    }
    child.stdin.end();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(out.trim().split('\n').map((l) => (JSON.parse(l) as { source: { id: string } }).source.id)).toEqual(['r1', 'r2', 'r3']);
  }, 120_000);
});
