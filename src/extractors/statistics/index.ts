/** The statistics extractor: counts, money, percentages, ratios and measures (ANNOTATION.md §statistics). */
import { defineExtractor } from '../../core/define-extractor.js';
import { longestWins } from '../../core/spans.js';
import { withCompared } from './compared.js';
import { STATISTICS_RULES } from './rules.js';

export const statistics = defineExtractor({
  category: 'statistics',
  rules: STATISTICS_RULES,
  // `35 tỷ đồng` is found by the money rule and `35 tỷ` … by none other; `2.172 ý kiến/2.631 ý kiến`
  // by the ratio rule and its halves by the count rule: the longest reading wins.
  // `so với cùng kỳ năm trước`: the compared period is read from the dates around the figure.
  dependsOn: ['dates'],
  refiners: [
    { name: 'statistics/longest-wins', refine: (mentions) => longestWins(mentions) },
    { name: 'statistics/compared', refine: (mentions, ctx) => withCompared(mentions, ctx) },
  ],
});
