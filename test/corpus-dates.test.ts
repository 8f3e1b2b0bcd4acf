import { runCorpus } from './helpers/corpus.js';

runCorpus('fixtures/corpus/dates.json');
