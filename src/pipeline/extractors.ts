/** The extractor of every registered category (types.ts `MENTION_SCHEMAS`); the compiler checks none is missing. */
import type { Extractor } from '../core/define-extractor.js';
import type { Category } from '../types.js';
import { dates } from '../extractors/dates/index.js';
import { documents } from '../extractors/documents/index.js';
import { organizations } from '../extractors/organizations/index.js';
import { people } from '../extractors/people/index.js';
import { places } from '../extractors/places/index.js';
import { statistics } from '../extractors/statistics/index.js';

export const EXTRACTORS = { dates, documents, organizations, people, places, statistics } satisfies { [C in Category]: Extractor<C> };
