/** A one-line progress bar on stderr, only when stderr is a terminal and the batch has several inputs. */
import { escapeForTerminal } from './escape.js';
import type { CliIo } from './io.js';

export interface Progress {
  tick(label: string): void;
  done(): void;
}

const NONE: Progress = { tick: () => {}, done: () => {} };

export function progressBar(io: CliIo, total: number, enabled: boolean): Progress {
  if (!enabled || total < 2 || io.stderr.isTTY !== true) return NONE;
  let n = 0;
  const width = 24;
  return {
    tick(label) {
      n++;
      const filled = Math.round((n / total) * width);
      const safe = escapeForTerminal(label);
      const name = safe.length > 40 ? `…${safe.slice(-39)}` : safe;
      io.stderr.write(`\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${n}/${total} ${name}`);
    },
    done() {
      io.stderr.write('\r\x1b[2K');
    },
  };
}
