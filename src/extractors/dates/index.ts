/** The dates extractor: to be built (its issue). Until then it finds nothing, and the eval scores it 0. */
import { defineExtractor } from '../../core/define-extractor.js';

export const dates = defineExtractor({
  category: 'dates',
  rules: [],
});
