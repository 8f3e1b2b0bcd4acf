/**
 * The one store of bodies (bodies.ts): each body once, every issuer code of a
 * named body and every central base name of the organizations grammar comes
 * from it, and both extractors read a stored body back under its one name.
 */
import { describe, expect, test } from 'vitest';
import { BODIES, ministryNames } from '../../src/lexicon/bodies.js';
import { BODY_CODES, BODY_NAME_FORMS, ISSUER_CODES, ISSUER_NAME_ALIASES, KIND_CODES } from '../../src/lexicon/issuer-codes.js';
import { BASES, FIELDS, MINISTRY_ONLY_FIELDS } from '../../src/lexicon/org-names.js';
import { ORG_ABBREVIATIONS } from '../../src/lexicon/abbreviations.js';
import { issuerOf } from '../../src/extractors/documents/codes.js';
import { extractPhrase } from '../helpers/corpus.js';

const names = BODIES.map((b) => b.name);
const storeCodes = BODIES.flatMap((b) => b.codes ?? []);

describe('the store of bodies', () => {
  test('no canonical name twice, no code twice', () => {
    expect(names.length).toBeGreaterThan(50);
    expect(new Set(names).size).toBe(names.length);
    const codes = ISSUER_CODES.map((c) => c.code.toUpperCase());
    expect(new Set(codes).size).toBe(codes.length);
  });

  test('every issuer code is a stored body’s or a kind’s, and a kind never names a stored body', () => {
    expect(ISSUER_CODES).toEqual([...BODY_CODES, ...KIND_CODES]);
    expect(BODY_CODES.map((c) => c.code)).toEqual(storeCodes);
    for (const kind of KIND_CODES) expect(names, kind.code).not.toContain(kind.name);
    // a department's code names `Sở` and a field the organizations grammar reads
    const fields = new Set(FIELDS.map((f) => f.name));
    const departments = KIND_CODES.filter((c) => c.name.startsWith('Sở '));
    expect(departments.length).toBeGreaterThan(10);
    for (const d of departments) expect(fields.has(d.name.slice('Sở '.length)), d.code).toBe(true);
  });

  test('every stored code resolves to its body', () => {
    for (const b of BODIES) {
      for (const code of b.codes ?? []) {
        const info = issuerOf(code);
        expect(info.known, code).toBe(true);
        expect(info.name, code).toBe(b.sharedCode ? null : b.name);
      }
    }
  });

  test('the issuer names the documents extractor reads come from the store, the hand aliases only add', () => {
    expect(BODY_NAME_FORMS).toMatchObject({ NHNN: 'Ngân hàng Nhà nước Việt Nam', 'Bộ GD&ĐT': 'Bộ Giáo dục và Đào tạo', UBTVQH: 'Ủy ban Thường vụ Quốc hội' });
    for (const name of Object.values(BODY_NAME_FORMS)) expect(names, name).toContain(name);
    for (const written of Object.keys(ISSUER_NAME_ALIASES)) {
      expect(Object.keys(BODY_NAME_FORMS), written).not.toContain(written);
      expect(ISSUER_CODES.filter((c) => !c.shared).map((c) => c.name), written).not.toContain(written);
    }
  });

  test('the organizations grammar lists every base body once, with the stored forms', () => {
    const baseNames = BASES.map((b) => b.name);
    expect(new Set(baseNames).size).toBe(baseNames.length);
    for (const b of BODIES.filter((x) => x.grammar === 'base')) {
      expect(BASES.filter((x) => x.name === b.name), b.name).toEqual([expect.objectContaining({ name: b.name, system: b.system, level: b.level })]);
      expect(BASES.find((x) => x.name === b.name)?.forms ?? [], b.name).toEqual(b.forms ?? []);
    }
    // a stored body is never written again by hand under another entry's forms
    const handForms = BASES.filter((x) => !names.includes(x.name)).flatMap((x) => [x.name, ...(x.forms ?? [])]);
    for (const n of names) expect(handForms, n).not.toContain(n);
  });

  test('an abbreviation of a stored body is one of its stored forms', () => {
    expect(ORG_ABBREVIATIONS).toMatchObject({ NHNN: 'Ngân hàng Nhà nước Việt Nam', TANDTC: 'Tòa án nhân dân tối cao' });
    for (const [abbr, name] of Object.entries(ORG_ABBREVIATIONS)) {
      const stored = BODIES.find((b) => b.name === name);
      if (stored) expect(stored.forms ?? [], abbr).toContain(abbr);
    }
  });

  test('every ministry is `Bộ` and a field the grammar reads', () => {
    const fields = new Set([...FIELDS, ...MINISTRY_ONLY_FIELDS].map((f) => f.name));
    for (const m of ministryNames()) {
      expect(m.startsWith('Bộ '), m).toBe(true);
      expect(fields.has(m.slice('Bộ '.length)), m).toBe(true);
    }
    expect(ministryNames()).not.toContain('Bộ Du lịch');
    // a field only a ministry had is read after `Bộ` alone: the chamber of commerce is no district office
    const texts = extractPhrase('organizations', 'Phòng Thương mại và Công nghiệp Việt Nam phối hợp với Bộ Thương mại', '2006-01-01').organizations.map((m) => m.text);
    expect(texts).toEqual(['Bộ Thương mại']);
  });

  test('the organizations extractor reads each base and ministry name as that body', () => {
    for (const b of BODIES.filter((x) => x.grammar === 'base' || x.grammar === 'office')) {
      const mentions = extractPhrase('organizations', b.name, '2024-01-01').organizations;
      expect(mentions.map((m) => [m.text, m.name, m.level]), b.name).toEqual([[b.name, b.name, b.level]]);
    }
  });
});
