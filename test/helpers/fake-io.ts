/** A CliIo that records what the CLI writes, for in-process CLI tests. */
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

export interface FakeRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], options: { stdin?: string | Uint8Array; tty?: boolean; stdinTty?: boolean } = {}): Promise<FakeRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s) => void (stdout += s) },
    stderr: { write: (s) => void (stderr += s), isTTY: options.tty ?? false },
    stdinIsTTY: options.stdinTty ?? false,
    readStdin: async () => (typeof options.stdin === 'string' ? Buffer.from(options.stdin) : (options.stdin ?? new Uint8Array())),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
