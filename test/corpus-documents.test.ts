import { runCorpus } from './helpers/corpus.js';

runCorpus('fixtures/corpus/documents.json');
