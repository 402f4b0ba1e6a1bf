/**
 * The eight splits of the development set, each a directory with texts/, annotations/, gold/ and
 * sources.json:
 *
 * - `tune` (test/devset, texts 01–12): extractor rules may be developed looking at these texts
 *   and at their per-item scores.
 * - `heldout` (test/devset/heldout, texts 13–24): closed until session 5; its aggregate scores
 *   guided session 4's rules and it was opened for per-item details in c9ef048.
 * - `unseen` (test/devset/unseen, texts 25–36): closed in session 5, opened for per-item details
 *   in session 6, when a new closed split was written to take its role (its aggregates after
 *   session 5's rules are in the devset README).
 * - `fresh` (test/devset/fresh, texts 37–48): written in session 6, its gold committed (9912315)
 *   before any code ran on it; closed (aggregate scores only) until session 8, when it was opened
 *   for per-item details with `fresh2` and a new closed split was written to take their role.
 * - `fresh2` (test/devset/fresh2, texts 49–60): written in session 7, its gold committed (3bf621e)
 *   before any code ran on it; closed until session 8 (the second measure on text nobody tuned
 *   on), then opened with `fresh`.
 * - `fresh3` (test/devset/fresh3, texts 61–72): written in session 8 while `fresh` and `fresh2`
 *   were opened for rule work, its gold committed (bc898c8) before any code ran on it; closed
 *   (aggregate scores only) until session 9, when it was opened for per-item rule work and a new
 *   closed split was written to take its role.
 * - `fresh4` (test/devset/fresh4, texts 73–84): written in session 9 while `fresh3` was opened for
 *   rule work, its gold committed (d57f43a) before any code ran on it; closed (aggregate scores
 *   only) until session 11.
 * - `fresh5` (test/devset/fresh5, texts 85–96): written in session 10 as a second closed split
 *   beside `fresh4`, its gold committed (4072c4b) before any code ran on it; closed until session
 *   11. Both were opened for per-item rule work at its start, after their last aggregates (code of
 *   main cb6f830) were recorded in the devset README.
 *
 * A leaf module (node only), so make-gold.ts can use it and still read no code from src/.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const tuneDir = dirname(fileURLToPath(import.meta.url));

export const splitDirs = {
  tune: tuneDir,
  heldout: join(tuneDir, 'heldout'),
  unseen: join(tuneDir, 'unseen'),
  fresh: join(tuneDir, 'fresh'),
  fresh2: join(tuneDir, 'fresh2'),
  fresh3: join(tuneDir, 'fresh3'),
  fresh4: join(tuneDir, 'fresh4'),
  fresh5: join(tuneDir, 'fresh5'),
} as const;
export type Split = keyof typeof splitDirs;
/**
 * Splits whose items are never looked at one by one, and whose scores `npm test` does not compute:
 * only `score.ts --split closed`, run by the session's lead when its work has landed, reports
 * them (aggregates only). Until session 10 a closed split had regression floors in `npm test`,
 * so every developer's test run printed its aggregates and a failed floor told which change had
 * lowered it: a selection on the closed texts. The held-out split was closed until session 5, the
 * unseen split until session 6, `fresh` and `fresh2` until session 8, `fresh3` until session 9,
 * `fresh4` and `fresh5` until session 11: once rules are to be written looking at a split's
 * errors, it no longer measures text the pipeline was not tuned on, and a split written after it
 * takes its role.
 */
export const closedSplits: ReadonlySet<Split> = new Set<Split>([]);
/** The splits in the order tables are printed: tune, heldout, unseen, fresh, fresh2, fresh3, fresh4, fresh5. */
export const splits = Object.keys(splitDirs) as Split[];

/** The `--split` name of the closed splits scored together, as one aggregate table. */
export const closedGroup = 'closed';

/** What `--split` selects: the splits, and whether they are scored together as one table (`closed`). */
export interface SplitSelection {
  splits: Split[];
  together: boolean;
}

/**
 * The selection named by `--split tune|heldout|unseen|fresh|fresh2|fresh3|fresh4|fresh5|closed|all`
 * in argv (all when absent): one split, every split one by one, or the closed splits together;
 * throws on another name.
 */
export function splitSelectionFromArgv(argv: string[]): SplitSelection {
  const i = argv.indexOf('--split');
  const name = i < 0 ? 'all' : argv[i + 1];
  if (name === 'all') return { splits, together: false };
  if (name === closedGroup) return { splits: splits.filter((s) => closedSplits.has(s)), together: true };
  if (name !== undefined && (splits as string[]).includes(name)) return { splits: [name as Split], together: false };
  throw new Error(`--split takes ${splits.join(', ')}, ${closedGroup} or all, not ${JSON.stringify(name)}`);
}

/** The splits `--split` names (see {@link splitSelectionFromArgv}); `closed` names the closed ones. */
export const splitsFromArgv = (argv: string[]): Split[] => splitSelectionFromArgv(argv).splits;
