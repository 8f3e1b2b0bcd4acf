/** What the CLI may touch, injected so tests run it in-process with fakes. */
import { outputError } from './output.js';
export interface TextSink {
  /** May return a promise that resolves when the sink can take more (backpressure); throws or rejects when writing failed. */
  write(chunk: string): void | Promise<void>;
  /** Resolves when everything written has reached the sink's destination; rejects with the first write error. */
  flush?(): Promise<void>;
}

export interface CliIo {
  stdout: TextSink;
  stderr: TextSink & { isTTY?: boolean };
  readStdin(): Promise<Uint8Array>;
  /** stdin is a terminal: nobody is piping anything, so no input argument is a usage error, not a wait. */
  stdinIsTTY?: boolean;
  /** stdin chunk by chunk, for inputs read record by record (JSON Lines); without it stdin is read whole. */
  stdinStream?(): AsyncIterable<Uint8Array>;
}

/** Read all of a stream into one buffer. */
export async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/**
 * process.stdout as a sink. Write errors (a full disk, /dev/full, a closed
 * pipe) arrive later, in the write's callback: the first one is kept, and the
 * next write or the final flush throws it, so a truncated output is never
 * taken for a complete one.
 */
function stdoutSink(): TextSink {
  let failure: Error | null = null;
  let last: Promise<void> = Promise.resolve();
  const fail = (err: Error): void => void (failure ??= err);
  // without a listener, an 'error' event would crash the process with a stack trace
  process.stdout.on('error', fail);
  return {
    write: (s) => {
      if (failure) throw outputError('stdout', failure);
      let ok = true;
      last = new Promise<void>((resolve) => {
        ok = process.stdout.write(s, (err) => {
          if (err) fail(err);
          resolve();
        });
      });
      if (ok) return undefined;
      // resolves either way (a caller may not await it): the failure is thrown by the next write or the flush
      return new Promise<void>((resolve) => {
        const done = (): void => {
          process.stdout.off('drain', done);
          resolve();
        };
        process.stdout.once('drain', done);
        // a failed write never drains: its callback settles the wait
        void last.then(() => failure && done());
      });
    },
    flush: async () => {
      await last;
      if (failure) throw outputError('stdout', failure);
    },
  };
}

let stdout: TextSink | null = null;

export const nodeIo: CliIo = {
  get stdout() {
    return (stdout ??= stdoutSink());
  },
  stderr: {
    write: (s) => void process.stderr.write(s),
    get isTTY() {
      return process.stderr.isTTY === true;
    },
  },
  readStdin: () => readAll(process.stdin),
  get stdinIsTTY() {
    return process.stdin.isTTY === true;
  },
  stdinStream: () => process.stdin,
};
