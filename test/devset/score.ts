/**
 * Prints the development-set scores (the same tables `npm test` shows), tune split first:
 *
 *   node --import tsx test/devset/score.ts                     # every open split (tune, heldout, unseen, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13, fresh14, fresh15, fresh16, fresh17, fresh18, fresh19, fresh20, fresh21, fresh22, fresh23, fresh24, fresh25, fresh26, fresh27, fresh28, fresh29, fresh30, fresh31, fresh32, fresh33, fresh34, fresh35, fresh36, fresh37, fresh38, fresh39, fresh40, fresh41, fresh42, fresh43, fresh44)
 *   node --import tsx test/devset/score.ts --split tune        # one open split: tune | heldout | unseen | fresh | fresh2 | fresh3 | fresh4 | fresh5 | fresh6 | fresh7 | fresh8 | fresh9 | fresh10 | fresh11 | fresh12 | fresh13 | fresh14 | fresh15 | fresh16 | fresh17 | fresh18 | fresh19 | fresh20 | fresh21 | fresh22 | fresh23 | fresh24 | fresh25 | fresh26 | fresh27 | fresh28 | fresh29 | fresh30 | fresh31 | fresh32 | fresh33 | fresh34 | fresh35 | fresh36 | fresh37 | fresh38 | fresh39 | fresh40 | fresh41 | fresh42 | fresh43 | fresh44 | all
 *   node --import tsx test/devset/score.ts --split closed      # the closed splits (fresh45, fresh46, fresh47, fresh48, fresh49), one aggregate table (the lead only, at a session's end)
 *   node --import tsx test/devset/score.ts --split tune --details  # and every miss, extra and disagreeing field
 *
 * A closed split (`closedSplits`) is scored by `--split closed` alone: aggregate scores, nothing
 * per text or per item (README), no floors; `all` leaves it out and its own name is refused, so it
 * stays a measure of text nobody tuned on.
 */
import { readBuildInputs } from '../../src/ingest/sources.js';
import { defaultSeedsDir } from '../../src/paths.js';
import { entityResolvers } from '../helpers/gold.js';
import { SPLIT_FLOORS } from './floors.js';
import { formatDetails, formatTable, scoreDevset } from './scoring.js';
import { closedSplits, splitSelectionFromArgv } from './splits.js';

const details = process.argv.includes('--details');
const selection = splitSelectionFromArgv(process.argv);
if (selection.together) {
  const docs = selection.splits.flatMap((split) => scoreDevset(split));
  console.log(formatTable(docs, {}, { name: `devset closed (${selection.splits.join(' + ')})`, perText: false }) + '\n');
  if (details) console.log('(no --details for the closed splits: they report aggregate scores only)\n');
} else {
  for (const split of selection.splits) {
    const docs = scoreDevset(split);
    const closed = closedSplits.has(split);
    console.log(formatTable(docs, SPLIT_FLOORS[split] ?? {}, { name: `devset ${split}`, perText: !closed }) + '\n');
    if (details && closed) console.log(`(no --details for the ${split} split: it is closed and reports aggregate scores only)\n`);
    else if (details) console.log(formatDetails(docs, entityResolvers(readBuildInputs(defaultSeedsDir).gazetteer)) + '\n');
  }
}
