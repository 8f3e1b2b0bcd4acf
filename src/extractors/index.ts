/** The ordered registry of extractors, one per category. */
import type { Extractor } from '../core/define-extractor.js';
import type { Category } from '../types.js';
import { dates } from './dates/index.js';
import { documents } from './documents/index.js';
import { organizations } from './organizations/index.js';
import { statistics } from './statistics/index.js';

export const EXTRACTORS = { dates, documents, organizations, statistics } satisfies { [C in Category]: Extractor<C> };
