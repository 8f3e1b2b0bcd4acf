/** What the CLI may touch, injected so tests run it in-process with fakes. */
export interface TextSink {
  /** May return a promise that resolves when the sink can take more (backpressure). */
  write(chunk: string): void | Promise<void>;
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

export const nodeIo: CliIo = {
  stdout: {
    write: (s) =>
      process.stdout.write(s) ? undefined : new Promise<void>((resolve) => process.stdout.once('drain', () => resolve())),
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
