/**
 * Prints the development-set scores (the same tables `npm test` shows), tune split first:
 *
 *   node --import tsx test/devset/score.ts                     # both splits (tune, then heldout)
 *   node --import tsx test/devset/score.ts --split tune        # one split: tune | heldout | all
 *   node --import tsx test/devset/score.ts --split tune --details  # and every miss, extra and disagreeing field
 *
 * `--details` lists items of open splits only: a closed split (`closedSplits`) reports aggregate
 * scores and nothing per text or per item (README), so it stays a measure of text nobody tuned on.
 */
import { readBuildInputs } from '../../src/ingest/sources.js';
import { defaultSeedsDir } from '../../src/paths.js';
import { entityResolvers } from '../helpers/gold.js';
import { SPLIT_FLOORS } from './floors.js';
import { formatDetails, formatTable, scoreDevset } from './scoring.js';
import { closedSplits, splitsFromArgv } from './splits.js';

const details = process.argv.includes('--details');
for (const split of splitsFromArgv(process.argv)) {
  const docs = scoreDevset(split);
  const heldout = closedSplits.has(split);
  console.log(formatTable(docs, SPLIT_FLOORS[split], { name: `devset ${split}`, perText: !heldout }) + '\n');
  if (details && heldout) console.log('(no --details for the held-out split: it reports aggregate scores only)\n');
  else if (details) console.log(formatDetails(docs, entityResolvers(readBuildInputs(defaultSeedsDir).gazetteer)) + '\n');
}
