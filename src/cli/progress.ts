/** A one-line progress bar on stderr, only when stderr is a terminal and the batch has several inputs. */
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
      const name = label.length > 40 ? `…${label.slice(-39)}` : label;
      io.stderr.write(`\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${n}/${total} ${name}`);
    },
    done() {
      io.stderr.write('\r\x1b[2K');
    },
  };
}
