/**
 * Prints the development-set scores (the same tables `npm test` shows), tune split first:
 *
 *   node --import tsx test/devset/score.ts                     # every split (tune, heldout, unseen, fresh, fresh2, fresh3, fresh4)
 *   node --import tsx test/devset/score.ts --split tune        # one split: tune | heldout | unseen | fresh | fresh2 | fresh3 | fresh4 | all
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
  const closed = closedSplits.has(split);
  console.log(formatTable(docs, SPLIT_FLOORS[split], { name: `devset ${split}`, perText: !closed }) + '\n');
  if (details && closed) console.log(`(no --details for the ${split} split: it is closed and reports aggregate scores only)\n`);
  else if (details) console.log(formatDetails(docs, entityResolvers(readBuildInputs(defaultSeedsDir).gazetteer)) + '\n');
}
