/**
 * Byte tables shared by the decoders: Windows-1252 (the code page the TCVN3
 * and VNI fonts were laid over) and codecs built from the legacy letter
 * tables in lexicon/legacy-encodings.ts.
 */
import { iconv } from './iconv.js';
import { TCVN3_LETTERS, VNI_LETTERS } from '../../lexicon/legacy-encodings.js';

/**
 * Byte → character in Windows-1252; the five unassigned bytes read as C1
 * controls (as WHATWG does). iconv-lite, because Node 20's TextDecoder reads
 * `windows-1252` as ISO-8859-1 (0x93 is U+0093, not “). Built on first use, so
 * iconv-lite loads only when a legacy encoding is decoded or repaired.
 */
let chars: readonly string[] | null = null;
export const cp1252Chars = (): readonly string[] =>
  (chars ??= Array.from({ length: 256 }, (_, b) => {
    const ch = iconv().decode(Buffer.from([b]), 'windows1252');
    return ch === '\uFFFD' ? String.fromCharCode(b) : ch;
  }));

/** Character → Windows-1252 byte. */
let bytes: ReadonlyMap<string, number> | null = null;
export const cp1252Bytes = (): ReadonlyMap<string, number> => (bytes ??= new Map(cp1252Chars().map((ch, byte) => [ch, byte])));

export interface TableCodec {
  /** Bytes → text; bytes outside the table read as Windows-1252. Longest match first (two bytes before one). */
  decode(bytes: Uint8Array): string;
  /** Text → bytes; null when a character has no byte in this encoding. */
  encode(text: string): Uint8Array | null;
}

interface Node {
  single?: string;
  pairs?: Map<number, string>;
}

export function tableCodec(letters: Readonly<Record<string, readonly number[]>>): TableCodec {
  const first = new Map<number, Node>();
  for (const [letter, bytes] of Object.entries(letters)) {
    const node = first.get(bytes[0]!) ?? {};
    if (bytes.length === 1) node.single = letter;
    else (node.pairs ??= new Map()).set(bytes[1]!, letter);
    first.set(bytes[0]!, node);
  }
  const decode = (bytes: Uint8Array): string => {
    const cp1252 = cp1252Chars();
    const parts: string[] = [];
    let chunk = '';
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const node = first.get(b);
      let out: string | undefined;
      if (node) {
        const pair = i + 1 < bytes.length ? node.pairs?.get(bytes[i + 1]!) : undefined;
        if (pair !== undefined) {
          out = pair;
          i++;
        } else out = node.single;
      }
      chunk += out ?? cp1252[b]!;
      if (chunk.length > 4096) {
        parts.push(chunk);
        chunk = '';
      }
    }
    parts.push(chunk);
    return parts.join('');
  };
  const encode = (text: string): Uint8Array | null => {
    const out: number[] = [];
    for (const ch of text.normalize('NFC')) {
      const bytes = letters[ch];
      if (bytes) out.push(...bytes);
      else {
        const b = cp1252Bytes().get(ch);
        // A Latin-1 letter whose byte is a letter code of this table would read back as that letter.
        if (b === undefined || (b >= 0x80 && first.has(b))) return null;
        out.push(b);
      }
    }
    return Uint8Array.from(out);
  };
  return { decode, encode };
}

export const TCVN3 = tableCodec(TCVN3_LETTERS);
export const VNI = tableCodec(VNI_LETTERS);

/** Every Vietnamese letter that is not plain ASCII (134: the keys of the legacy tables). */
export const VIETNAMESE_LETTERS: ReadonlySet<string> = new Set(Object.keys(TCVN3_LETTERS));
