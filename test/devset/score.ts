/**
 * Prints the development-set scores (the same table `npm test` shows):
 *
 *   node --import tsx test/devset/score.ts            # the table
 *   node --import tsx test/devset/score.ts --details  # and every miss, extra and disagreeing field
 */
import { readBuildInputs } from '../../src/ingest/sources.js';
import { defaultSeedsDir } from '../../src/paths.js';
import { entityResolvers } from '../helpers/gold.js';
import { DEVSET_FLOORS } from './floors.js';
import { formatDetails, formatTable, scoreDevset } from './scoring.js';

const docs = scoreDevset();
console.log(formatTable(docs, DEVSET_FLOORS));
if (process.argv.includes('--details')) console.log('\n' + formatDetails(docs, entityResolvers(readBuildInputs(defaultSeedsDir).gazetteer)));
