/**
 * `--shard K/N`: one share of a batch, so that N CI jobs or N machines without
 * a distributed engine each take a disjoint part and together take everything.
 *
 * A file belongs to the share given by a stable hash (SHA-256) of its key: the
 * path relative to the folder it was found in, or the path as given on the
 * command line. The key does not depend on where the folder is mounted, on the
 * order of the listing, or on how many files there are, so every machine that
 * sees the same tree agrees on the split without talking to the others.
 */
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based: the K of K/N. */
  index: number;
  /** N, the number of shares. */
  count: number;
}

/** Parses `K/N` (1 ≤ K ≤ N); returns an error message instead of a shard when the text is not one. */
export function parseShard(text: string): Shard | string {
  const parts = text.trim().split('/');
  const whole = (part: string | undefined): boolean => part !== undefined && part.length > 0 && part.length <= 6 && [...part].every((c) => c >= '0' && c <= '9');
  if (parts.length !== 2 || !whole(parts[0]) || !whole(parts[1])) return `expected K/N, such as 2/8; got ${JSON.stringify(text)}`;
  const index = Number(parts[0]);
  const count = Number(parts[1]);
  if (count < 1 || index < 1 || index > count) return `expected 1 ≤ K ≤ N in K/N; got ${JSON.stringify(text)}`;
  return { index, count };
}

/** Whether the input with this key falls in the share. */
export function inShard(key: string, shard: Shard): boolean {
  if (shard.count === 1) return true;
  const digest = createHash('sha256').update(key, 'utf8').digest();
  return digest.readUIntBE(0, 6) % shard.count === shard.index - 1;
}
