/**
 * Look-up tables built once from the lexicons: a code as written (any case,
 * Đ-less ASCII) → its official spelling and what it stands for.
 */
import { DOC_TYPES, JOINT_TYPE_CODES, PARTY_ONLY_TYPE_CODES, TYPE_CODE_ALIASES, TYPE_WORD_VARIANTS } from '../../lexicon/doc-types.js';
import { ISSUER_CODES, ISSUER_CODE_ALIASES, QUOC_HOI_TERMS, type IssuerCode } from '../../lexicon/issuer-codes.js';
import { asciiFold } from '../../core/normalize.js';

/** Upper-case key of a written code: `nđ` → `NĐ`, `QYĐ` → `QYĐ`. */
export const codeKey = (written: string): string => written.toUpperCase();

const TYPE_CODE_BY_KEY = new Map<string, string>();
const STATE_TYPE_BY_CODE = new Map<string, string>();
const PARTY_TYPE_BY_CODE = new Map<string, string>();
for (const t of DOC_TYPES) {
  if (t.stateCode) {
    TYPE_CODE_BY_KEY.set(codeKey(t.stateCode), t.stateCode);
    STATE_TYPE_BY_CODE.set(t.stateCode, t.name);
  }
  if (t.partyCode) {
    TYPE_CODE_BY_KEY.set(codeKey(t.partyCode), t.partyCode);
    PARTY_TYPE_BY_CODE.set(t.partyCode, t.name);
  }
}
for (const [alias, code] of Object.entries(TYPE_CODE_ALIASES)) TYPE_CODE_BY_KEY.set(codeKey(alias), code);

const ISSUER_BY_KEY = new Map<string, IssuerCode>();
for (const i of ISSUER_CODES) ISSUER_BY_KEY.set(codeKey(i.code), i);
for (const [alias, code] of Object.entries(ISSUER_CODE_ALIASES)) {
  const entry = ISSUER_BY_KEY.get(codeKey(code));
  if (entry) ISSUER_BY_KEY.set(codeKey(alias), entry);
}

/** The official spelling of a type code, or null when the group is not one. */
export function typeCodeOf(written: string): string | null {
  return TYPE_CODE_BY_KEY.get(codeKey(written)) ?? null;
}

/** The type a code stands for: Party codes first in a Party symbol (`TT` is Thông tri there). */
export function typeOfCode(code: string, system: 'party' | 'state' | null): string | null {
  if (system === 'party') return PARTY_ONLY_TYPE_CODES[code] ?? PARTY_TYPE_BY_CODE.get(code) ?? STATE_TYPE_BY_CODE.get(code) ?? null;
  return STATE_TYPE_BY_CODE.get(code) ?? PARTY_TYPE_BY_CODE.get(code) ?? null;
}

export const isJointType = (code: string | null): boolean => code !== null && JOINT_TYPE_CODES.includes(code);

export interface IssuerInfo {
  code: string;
  /** The body in full when the code names exactly one body, else null. */
  name: string | null;
  system: 'party' | 'state';
  style: 'party' | 'state';
  known: boolean;
  /** A local body's code (`TU`, `UBND`, a Sở): documents carry the body's province or district as `scope`. */
  scoped?: boolean;
}

// Digits after QH / UBTVQH: the Quốc hội term (`QH13`, `UBTVQH15`).
function quocHoiTerm(key: string, prefix: string): number | null {
  if (!key.startsWith(prefix)) return null;
  const digits = key.slice(prefix.length);
  if (digits.length === 0 || digits.length > 2 || [...digits].some((c) => c < '0' || c > '9')) return null;
  const n = Number(digits);
  return n >= 1 && n <= QUOC_HOI_TERMS.length ? n : null;
}

/** Party organs not in the table still read as Party by shape: Ban …/UBKT…/VP… of TW, TU, HU, QU, ĐU. */
const PARTY_ORGAN_HEADS = ['B', 'UBKT', 'VP'];
const PARTY_LEVELS = ['TW', 'TU', 'HU', 'QU', 'ĐU'];
function looksLikePartyOrgan(key: string): boolean {
  return PARTY_LEVELS.some((lvl) => key.endsWith(lvl) && PARTY_ORGAN_HEADS.some((h) => key.startsWith(h) && key.length > lvl.length + h.length - 1 && key.length <= 9));
}

/** What an issuer group stands for; unknown groups are state bodies unless shaped like a Party organ. */
export function issuerOf(written: string): IssuerInfo {
  const key = codeKey(written);
  const entry = ISSUER_BY_KEY.get(key);
  if (entry) return { code: entry.code, name: entry.shared ? null : entry.name, system: entry.system, style: entry.style, known: true, scoped: entry.scoped === true };
  for (const [prefix, body, code] of [['UBTVQH', 'Ủy ban Thường vụ Quốc hội', 'UBTVQH'], ['QH', 'Quốc hội', 'QH']] as const) {
    const term = quocHoiTerm(key, prefix);
    if (term !== null) return { code: `${code}${term}`, name: `${body} khóa ${QUOC_HOI_TERMS[term - 1]}`, system: 'state', style: 'state', known: true };
  }
  const system = looksLikePartyOrgan(key) ? 'party' : 'state';
  return { code: written, name: null, system, style: system, known: false };
}

/** Whether a group is a code we know (type or issuer), in any case. */
export const isKnownCode = (written: string): boolean => typeCodeOf(written) !== null || issuerOf(written).known;

/** The type word as written → the type's name (`QUYẾT ĐỊNH`, `quyết định` → `Quyết định`). */
const TYPE_BY_FOLD = new Map<string, string>();
for (const t of DOC_TYPES) TYPE_BY_FOLD.set(asciiFold(t.name), t.name);
for (const [w, name] of Object.entries(TYPE_WORD_VARIANTS)) TYPE_BY_FOLD.set(asciiFold(w), name);

export function typeOfWord(written: string): string | null {
  return TYPE_BY_FOLD.get(asciiFold(written)) ?? null;
}

/** Every spelling of a type word, for the patterns (names and variants). */
export const TYPE_WORDS: readonly string[] = [...DOC_TYPES.map((t) => t.name), ...Object.keys(TYPE_WORD_VARIANTS)];
