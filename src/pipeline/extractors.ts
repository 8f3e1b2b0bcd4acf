/** The ordered registry of extractors, one per category. */
import type { Extractor } from '../core/define-extractor.js';
import type { Category } from '../types.js';
import { dates } from '../extractors/dates/index.js';
import { documents } from '../extractors/documents/index.js';
import { organizations } from '../extractors/organizations/index.js';
import { statistics } from '../extractors/statistics/index.js';

export const EXTRACTORS = { dates, documents, organizations, statistics } satisfies { [C in Category]: Extractor<C> };
