import { describe, expect, test } from 'vitest';
import { extractDocument } from '../../src/pipeline/extract-document.js';
import { CATEGORIES, DocResultSchema } from '../../src/types.js';

const TEXT = 'Kết quả 6 tháng cuối năm 2021 của UBND tỉnh Vĩnh Long theo Chỉ thị số 16/CT-TTg: thu 35 tỷ đồng.';
const run = (explain: boolean) =>
  DocResultSchema.parse(
    extractDocument({ text: TEXT, source: { path: 't', format: 'text', encoding: 'utf-8', bytes: TEXT.length, sha256: null } }, explain ? { explain } : {}),
  );

describe('--explain', () => {
  test('without it, no mention has a rule and the record has no explain list', () => {
    const record = run(false);
    expect(record.explain).toBeUndefined();
    for (const c of CATEGORIES) for (const m of record[c]) expect(m).not.toHaveProperty('rule');
  });

  test('every mention names its rule, placed right after its span', () => {
    const record = run(true);
    const mentions: { rule?: string }[] = CATEGORIES.flatMap((c): { rule?: string }[] => record[c]);
    expect(mentions.length).toBeGreaterThan(3);
    for (const m of mentions) {
      expect(m.rule).toMatch(/^[a-z]+\/[a-z-]+$/);
      expect(Object.keys(m).slice(0, 4)).toEqual(['text', 'start', 'end', 'rule']);
    }
    expect(record.dates.find((d) => d.text === '6 tháng cuối năm 2021')?.rule).toBe('dates/month-run');
    expect(record.documents[0]!.rule).toBe('documents/reference');
  });

  test('lists the refiner that removed a mention, with the removed mention and its rule', () => {
    const record = run(true);
    // `năm 2021` inside `6 tháng cuối năm 2021` is read by the year rule, then loses to the longer reading
    expect(record.explain).toContainEqual({
      step: 'dates/longest-wins', action: 'removed', category: 'dates', text: 'năm 2021',
      start: TEXT.indexOf('năm 2021'), end: TEXT.indexOf('năm 2021') + 'năm 2021'.length, rule: 'dates/year',
    });
  });

  test('the mentions are the same with or without it', () => {
    const strip = (r: ReturnType<typeof run>) => CATEGORIES.map((c) => (r[c] as { rule?: string }[]).map(({ rule: _rule, ...m }) => m));
    expect(strip(run(true))).toEqual(strip(run(false)));
  });
});
