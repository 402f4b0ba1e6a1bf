/**
 * The forty-seven splits of the development set, each a directory with texts/, annotations/, gold/ and
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
 * - `fresh6` (test/devset/fresh6, texts 97–108): written in session 11 to take their role, its gold
 *   committed (2107e15) before any code ran on it; closed from session 11 until session 14, when
 *   it was opened for per-item rule work after its last aggregates (with `fresh7` and `fresh8`,
 *   code of main 0376b77) were recorded in the devset README.
 * - `fresh7` (test/devset/fresh7, texts 109–120): written in session 12 as a second closed split
 *   beside `fresh6` (one closed split of twelve short texts moves a score by .01–.02 per mention),
 *   its gold committed (1fd4f10) before any code ran on it; closed from session 12 until session
 *   15, when it was opened for per-item rule work after its last aggregates (with `fresh8` and
 *   `fresh9`, code of main 3de75f4) were recorded in the devset README.
 * - `fresh8` (test/devset/fresh8, texts 121–132): written in session 13 as a third closed split
 *   beside `fresh6` and `fresh7` (actor recall on the closed pair rested on few mentions), its gold
 *   committed (e8a33c5) before any code ran on it; closed from session 13 until session 16, when it
 *   was opened for per-item rule work after its last aggregates (with `fresh9` and `fresh10`, code
 *   of main fb5c193) were recorded in the devset README.
 * - `fresh9` (test/devset/fresh9, texts 133–144): written in session 14 as a third closed split
 *   beside `fresh7` and `fresh8` (`fresh6` was opened that session, leaving two closed splits), its
 *   gold committed (5e93487) before any code ran on it; closed from session 14 until session 17,
 *   when it was opened for per-item rule work after its last aggregates (with `fresh10` and
 *   `fresh11`, code of main 12d29ea) were recorded in the devset README.
 * - `fresh10` (test/devset/fresh10, texts 145–156): written in session 15 as a third closed split
 *   beside `fresh8` and `fresh9` (`fresh7` was opened that session, leaving two closed splits), its
 *   gold committed (83525a7) before any code ran on it; closed from session 15 until session 18,
 *   when it was opened for per-item rule work after its last aggregates (with `fresh11` and
 *   `fresh12`, code of main 2606496) were recorded in the devset README.
 * - `fresh11` (test/devset/fresh11, texts 157–168): written in session 16 as a third closed split
 *   beside `fresh9` and `fresh10` (`fresh8` was opened that session, leaving two closed splits), its
 *   gold committed (a6ccdb4) before any code ran on it; closed from session 16 until session 19,
 *   when it was opened for per-item rule work after its last aggregates (with `fresh12` and
 *   `fresh13`, code of main a72d069) were recorded in the devset README.
 * - `fresh12` (test/devset/fresh12, texts 169–180): written in session 17 as a third closed split
 *   beside `fresh10` and `fresh11` (`fresh9` was opened that session, leaving two closed splits), its
 *   gold committed (dce3531) before any code ran on it; closed from session 17 until session 20,
 *   when it was opened for per-item rule work after its last aggregates (with `fresh13` and
 *   `fresh14`, code of main 4101ee9) were recorded in the devset README.
 * - `fresh13` (test/devset/fresh13, texts 181–192): written in session 18 as a third closed split
 *   beside `fresh11` and `fresh12` (`fresh10` was opened that session, leaving two closed splits), its
 *   gold committed (bdd5100) before any code ran on it; closed from session 18 until session 21,
 *   when it was opened for per-item rule work after its last aggregates (with `fresh14` and
 *   `fresh15`, code of main 3328421) were recorded in the devset README.
 * - `fresh14` (test/devset/fresh14, texts 193–204): written in session 19 as a third closed split
 *   beside `fresh12` and `fresh13` (`fresh11` was opened that session, leaving two closed splits), its
 *   gold committed (1b22d90) before any code ran on it; closed from session 19 until session 22,
 *   when it was opened for per-item rule work after its last aggregates (with `fresh15` and
 *   `fresh16`, code of main 9618f7b) were recorded in the devset README.
 * - `fresh15` (test/devset/fresh15, texts 205–216): written in session 20 as a third closed split
 *   beside `fresh13` and `fresh14` (`fresh12` was opened that session, leaving two closed splits), its
 *   gold committed (df6832b) before any code ran on it; closed from session 20 until session 23,
 *   when it was opened for per-item rule work after its last aggregates (with `fresh16` and
 *   `fresh17`, code of main b07a3c1) were recorded in the devset README.
 * - `fresh16` (test/devset/fresh16, texts 217–228): written in session 21 as a third closed split
 *   beside `fresh14` and `fresh15` (`fresh13` was opened that session, leaving two closed splits), its
 *   gold committed (63fe2bb) before any code ran on it; closed from session 21 until session 25,
 *   when it was opened for per-item rule work after its last aggregates (with `fresh17`, code of
 *   main a248c72) were recorded in the devset README.
 * - `fresh17` (test/devset/fresh17, texts 229–240): written in session 22 as a third closed split
 *   beside `fresh15` and `fresh16` (`fresh14` was opened that session, leaving two closed splits), its
 *   gold committed (4edbca8) before any code ran on it; closed from session 22 until session 28, when
 *   it was opened for per-item rule work after its last aggregates (with `fresh18` and `fresh19`, code
 *   of main 686591a) were recorded in the devset README.
 * - `fresh18` (test/devset/fresh18, texts 241–252): written in session 26 as a second closed split
 *   beside `fresh17` (`fresh16` was opened in session 25, leaving one; the `fresh18` planned in sessions
 *   23 and 25 was never written), its gold committed (86810ed) before any code ran on it; closed from
 *   session 26 until session 29, when it was opened for per-item rule work after its last aggregates
 *   (with `fresh19` and `fresh20`, code of main 66e149e) were recorded in the devset README.
 * - `fresh19` (test/devset/fresh19, texts 253–264): written in session 27 as a third closed split
 *   beside `fresh17` and `fresh18`, its gold committed (db85392) before any code ran on it; closed from
 *   session 27 until session 30, when it was opened for per-item rule work after its last aggregates
 *   (with `fresh20` and `fresh21`, code of main fe8d9b4) were recorded in the devset README.
 * - `fresh20` (test/devset/fresh20, texts 265–276): written in session 28 as a third closed split
 *   beside `fresh18` and `fresh19` (`fresh17` was opened that session, leaving two closed splits), its
 *   gold committed (3769b8a) before any code ran on it; closed from session 28 until session 31, when
 *   it was opened for per-item rule work after its last aggregates (with `fresh21` and `fresh22`, code
 *   of main 933a202) were recorded in the devset README.
 * - `fresh21` (test/devset/fresh21, texts 277–288): written in session 29 as a fourth closed split
 *   beside `fresh18`, `fresh19` and `fresh20` (`fresh18` was opened that session, leaving three
 *   closed splits), its gold committed (bfc0aea) before any code ran on it; closed from session 29
 *   until session 32, when it was opened for per-item rule work after its last aggregates (with
 *   `fresh22` and `fresh23`, code of main a3d1603) were recorded in the devset README.
 * - `fresh22` (test/devset/fresh22, texts 289–300): written in session 30 as a fourth closed split
 *   beside `fresh19`, `fresh20` and `fresh21` (`fresh19` was opened that session, leaving three
 *   closed splits), its gold committed (2f28a50) before any code ran on it; closed from session 30
 *   until session 33, when it was opened for per-item rule work after its last aggregates (with
 *   `fresh23` and `fresh24`, code of main fdfaab6) were recorded in the devset README.
 * - `fresh23` (test/devset/fresh23, texts 301–312): written in session 31 as a fourth closed split
 *   beside `fresh20`, `fresh21` and `fresh22` (`fresh20` is to be opened that session, leaving three
 *   closed splits), its gold committed (5c25c9d) before any code ran on it; closed from session 31
 *   until session 34, when it was opened for per-item rule work after its last aggregates (with
 *   `fresh24` and `fresh25`, code of main dc0d25f) were recorded in the devset README.
 * - `fresh24` (test/devset/fresh24, texts 313–324): written in session 32 as a fourth closed split
 *   beside `fresh21`, `fresh22` and `fresh23` (`fresh21` is to be opened that session, leaving three
 *   closed splits), its gold committed (d4e45a5) before any code ran on it; closed from session 32
 *   until session 36, when it was opened for per-item rule work after its last aggregates (with
 *   `fresh25` and `fresh26`, code of main e300e64) were recorded in the devset README.
 * - `fresh25` (test/devset/fresh25, texts 325–336): written in session 33 as a fourth closed split
 *   beside `fresh22`, `fresh23` and `fresh24` (`fresh22` is to be opened that session, leaving three
 *   closed splits), its gold committed (6037a49) before any code ran on it; closed from session 33
 *   until session 37, when it was opened for per-item rule work after its last aggregates (with
 *   `fresh26` and `fresh27`, code of main 78cbfa0) were recorded in the devset README.
 * - `fresh26` (test/devset/fresh26, texts 337–348): written in session 35 as a third closed split
 *   beside `fresh24` and `fresh25` (`fresh23` was opened in session 34; no split was opened in session 35,
 *   so three stay closed), its gold committed (e63e0e7) before any code ran on it; closed from session 35
 *   until session 38, when it was opened for per-item rule work after its last aggregates (with
 *   `fresh27`, `fresh28` and `fresh29`, code of main 20dc0b8) were recorded in the devset README.
 * - `fresh27` (test/devset/fresh27, texts 349–360): written in session 37 as a third closed split
 *   beside `fresh25` and `fresh26` (`fresh24` was opened in session 36, leaving two closed splits),
 *   its gold committed (05bf901) before any code ran on it; closed from session 37 until session 39,
 *   when it was opened for per-item rule work after its last aggregates (with `fresh28`, `fresh29`,
 *   `fresh30` and `fresh31`, code of main 0387c03) were recorded in the devset README.
 * - `fresh28` (test/devset/fresh28, texts 361–372): written in session 37 as a fourth closed split
 *   beside `fresh25`, `fresh26` and `fresh27` (`fresh25` was opened that session, leaving three closed splits),
 *   its gold committed (ca440e5) before any code ran on it; closed from session 37 until session 40,
 *   when it was opened for per-item rule work after its last aggregates (with `fresh29`, `fresh30`,
 *   `fresh31` and `fresh32`, code of main f2d61ac) were recorded in the devset README.
 * - `fresh29` (test/devset/fresh29, texts 373–384): written in session 37 as a fourth closed split
 *   beside `fresh26`, `fresh27` and `fresh28` (`fresh25` was opened that session),
 *   its gold committed (13622a2) before any code ran on it; closed from session 37 until session 41,
 *   when it was opened for per-item rule work after its last aggregates (with `fresh30`, `fresh31`,
 *   `fresh32` and `fresh33`, code of main c45888f) were recorded in the devset README.
 * - `fresh30` (test/devset/fresh30, texts 385–396): written in session 38 as a fifth closed split
 *   beside `fresh26`, `fresh27`, `fresh28` and `fresh29` (`fresh26` was opened that session, leaving four closed
 *   splits), its gold committed (e956b17) before any code ran on it; closed from session 38 until session 42,
 *   when it was opened for per-item rule work after its last aggregates (with `fresh31`, `fresh32`,
 *   `fresh33` and `fresh34`, code of main 1d01714) were recorded in the devset README.
 * - `fresh31` (test/devset/fresh31, texts 397–408): written in session 38 as a fifth closed split
 *   beside `fresh27`, `fresh28`, `fresh29` and `fresh30` (`fresh26` was opened that session),
 *   its gold committed (6bf6c48) before any code ran on it; closed from session 38 until session 43,
 *   when it was opened for per-item rule work after its last aggregates (with `fresh32`, `fresh33`,
 *   `fresh34` and `fresh35`, code of main 8286b0a) were recorded in the devset README.
 * - `fresh32` (test/devset/fresh32, texts 409–420): written in session 39 as a closed split
 *   beside `fresh28`, `fresh29`, `fresh30` and `fresh31` (`fresh27` was opened that session),
 *   its gold committed (10e926b) before any code ran on it; closed from session 39 until session 44,
 *   when it was opened for per-item rule work after its last aggregates (with `fresh33`, `fresh34`,
 *   `fresh35` and `fresh36`, code of main c8e442a) were recorded in the devset README.
 * - `fresh33` (test/devset/fresh33, texts 421–432): written in session 40 as a closed split
 *   beside `fresh29`, `fresh30`, `fresh31` and `fresh32` (`fresh28` was opened that session),
 *   its gold committed (e643e62) before any code ran on it; closed from session 40 until session 45,
 *   when it was opened for per-item rule work after its last aggregates (with `fresh34`, `fresh35`,
 *   `fresh36`, `fresh37` and `fresh38`, code of main 6864fc0) were recorded in the devset README.
 * - `fresh34` (test/devset/fresh34, texts 433–444): written in session 41 as a closed split
 *   beside `fresh30`, `fresh31`, `fresh32` and `fresh33` (`fresh29` was opened that session),
 *   its gold committed (05104d1) before any code ran on it; closed from session 41 until session 46,
 *   when it was opened for per-item rule work after its last aggregates (with `fresh35`, `fresh36`,
 *   `fresh37`, `fresh38` and `fresh39`, code of main fb2a1ce) were recorded in the devset README.
 * - `fresh35` (test/devset/fresh35, texts 445–456): written in session 42 as a closed split
 *   beside `fresh30`, `fresh31`, `fresh32`, `fresh33` and `fresh34` (`fresh30` was opened on another branch that session),
 *   its gold committed (ab0681f) before any code ran on it; closed from session 42 until session 47,
 *   when it was opened for per-item rule work after its last aggregates (with `fresh36`, `fresh37`,
 *   `fresh38`, `fresh39` and `fresh40`, code of main 132e3af) were recorded in the devset README.
 * - `fresh36` (test/devset/fresh36, texts 457–468): written in session 43 as a closed split
 *   beside `fresh31`, `fresh32`, `fresh33`, `fresh34` and `fresh35`,
 *   its gold committed (b45f90e) before any code ran on it; closed from session 43 until session 48,
 *   when it was opened for per-item rule work after its last aggregates (with `fresh37`, `fresh38`,
 *   `fresh39`, `fresh40` and `fresh41`, code of main 84051cc) were recorded in the devset README.
 * - `fresh37` (test/devset/fresh37, texts 469–480): written in session 44 as a closed split
 *   beside `fresh32`, `fresh33`, `fresh34`, `fresh35` and `fresh36` (`fresh32` was opened on another branch that session),
 *   its gold committed (7ed317e) before any code ran on it; closed from session 44 until session 49,
 *   when it was opened for per-item rule work after its last aggregates (with `fresh38`, `fresh39`,
 *   `fresh40`, `fresh41` and `fresh42`, code of main 978e0e5) were recorded in the devset README.
 * - `fresh38` (test/devset/fresh38, texts 481–492): written in session 45 as a closed split
 *   beside `fresh33`, `fresh34`, `fresh35`, `fresh36` and `fresh37`,
 *   its gold committed (2022085) before any code ran on it; closed from session 45 until session 50,
 *   when it was opened for per-item rule work after its last aggregates (with `fresh39`, `fresh40`,
 *   `fresh41`, `fresh42` and `fresh43`, code of main 0b359fd) were recorded in the devset README.
 * - `fresh39` (test/devset/fresh39, texts 493–504): written in session 46 as a closed split
 *   beside `fresh34`, `fresh35`, `fresh36`, `fresh37` and `fresh38`,
 *   its gold committed (f236ed3) before any code ran on it; closed from session 46 until session 51,
 *   when it was opened for per-item rule work after its last aggregates (with `fresh40`, `fresh41`,
 *   `fresh42`, `fresh43` and `fresh44`, code of main 5d9f035) were recorded in the devset README.
 * - `fresh40` (test/devset/fresh40, texts 505–516): written in session 47 as a closed split
 *   beside `fresh35`, `fresh36`, `fresh37`, `fresh38` and `fresh39`,
 *   its gold committed (c48f180) before any code ran on it; closed from session 47 until session 52,
 *   when it was opened for per-item rule work after its last aggregates (with `fresh41`, `fresh42`,
 *   `fresh43`, `fresh44` and `fresh45`, code of main 70c527f) were recorded in the devset README.
 * - `fresh41` (test/devset/fresh41, texts 517–528): written in session 48 as a closed split
 *   beside `fresh36`, `fresh37`, `fresh38`, `fresh39` and `fresh40`,
 *   its gold committed (8d7c12c) before any code ran on it; closed from session 48 until session 53,
 *   when it was opened for per-item rule work after its last aggregates (with `fresh42`, `fresh43`,
 *   `fresh44`, `fresh45` and `fresh46`, code of main 0362e6c) were recorded in the devset README.
 * - `fresh42` (test/devset/fresh42, texts 529–540): written in session 49 as a closed split
 *   beside `fresh37`, `fresh38`, `fresh39`, `fresh40` and `fresh41`,
 *   its gold committed (2225aab) before any code ran on it; closed from session 49 until session 54,
 *   when it was opened for per-item rule work after its last aggregates (with `fresh43`, `fresh44`,
 *   `fresh45`, `fresh46` and `fresh47`, code of main a5bc2a28) were recorded in the devset README.
 * - `fresh43` (test/devset/fresh43, texts 541–552): written in session 50 as a closed split
 *   beside `fresh38`, `fresh39`, `fresh40`, `fresh41` and `fresh42`,
 *   its gold committed (921e24a; text 543 replaced in 54b2730) before any code ran on it; closed from session 50 until
 *   session 55, when it was opened for per-item rule work after its last aggregates (with `fresh44`, `fresh45`,
 *   `fresh46`, `fresh47` and `fresh48`, code of main d43460de) were recorded in the devset README.
 * - `fresh44` (test/devset/fresh44, texts 553–564): written in session 51 as a closed split
 *   beside `fresh39`, `fresh40`, `fresh41`, `fresh42` and `fresh43`,
 *   its gold committed (092d8ca) before any code ran on it; closed from session 51 until session 56, when it was opened
 *   for per-item rule work after its last aggregates (with `fresh45`, `fresh46`, `fresh47`, `fresh48` and `fresh49`, code
 *   of main 2faa2cf7) were recorded in the devset README.
 * - `fresh45` (test/devset/fresh45, texts 565–576): written in session 52 as a closed split
 *   beside `fresh40`, `fresh41`, `fresh42`, `fresh43` and `fresh44`,
 *   its gold committed (5ca77be; texts 565 and 567 replaced in c280c6d) before any code ran on it.
 * - `fresh46` (test/devset/fresh46, texts 577–588): written in session 53 as a closed split
 *   beside `fresh41`, `fresh42`, `fresh43`, `fresh44` and `fresh45`,
 *   its gold committed (2f2e462) before any code ran on it.
 * - `fresh47` (test/devset/fresh47, texts 589–600): written in session 54 as a closed split
 *   beside `fresh42`, `fresh43`, `fresh44`, `fresh45` and `fresh46`,
 *   its gold committed (91e90d1) before any code ran on it.
 * - `fresh48` (test/devset/fresh48, texts 601–612): written in session 55 as a closed split
 *   beside `fresh43`, `fresh44`, `fresh45`, `fresh46` and `fresh47`,
 *   its gold committed (f0bb625) before any code ran on it.
 * - `fresh49` (test/devset/fresh49, texts 613–624): written in session 56 as a closed split
 *   beside `fresh44`, `fresh45`, `fresh46`, `fresh47` and `fresh48`,
 *   its gold committed (9aa85e1) before any code ran on it.
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
  fresh6: join(tuneDir, 'fresh6'),
  fresh7: join(tuneDir, 'fresh7'),
  fresh8: join(tuneDir, 'fresh8'),
  fresh9: join(tuneDir, 'fresh9'),
  fresh10: join(tuneDir, 'fresh10'),
  fresh11: join(tuneDir, 'fresh11'),
  fresh12: join(tuneDir, 'fresh12'),
  fresh13: join(tuneDir, 'fresh13'),
  fresh14: join(tuneDir, 'fresh14'),
  fresh15: join(tuneDir, 'fresh15'),
  fresh16: join(tuneDir, 'fresh16'),
  fresh17: join(tuneDir, 'fresh17'),
  fresh18: join(tuneDir, 'fresh18'),
  fresh19: join(tuneDir, 'fresh19'),
  fresh20: join(tuneDir, 'fresh20'),
  fresh21: join(tuneDir, 'fresh21'),
  fresh22: join(tuneDir, 'fresh22'),
  fresh23: join(tuneDir, 'fresh23'),
  fresh24: join(tuneDir, 'fresh24'),
  fresh25: join(tuneDir, 'fresh25'),
  fresh26: join(tuneDir, 'fresh26'),
  fresh27: join(tuneDir, 'fresh27'),
  fresh28: join(tuneDir, 'fresh28'),
  fresh29: join(tuneDir, 'fresh29'),
  fresh30: join(tuneDir, 'fresh30'),
  fresh31: join(tuneDir, 'fresh31'),
  fresh32: join(tuneDir, 'fresh32'),
  fresh33: join(tuneDir, 'fresh33'),
  fresh34: join(tuneDir, 'fresh34'),
  fresh35: join(tuneDir, 'fresh35'),
  fresh36: join(tuneDir, 'fresh36'),
  fresh37: join(tuneDir, 'fresh37'),
  fresh38: join(tuneDir, 'fresh38'),
  fresh39: join(tuneDir, 'fresh39'),
  fresh40: join(tuneDir, 'fresh40'),
  fresh41: join(tuneDir, 'fresh41'),
  fresh42: join(tuneDir, 'fresh42'),
  fresh43: join(tuneDir, 'fresh43'),
  fresh44: join(tuneDir, 'fresh44'),
  fresh45: join(tuneDir, 'fresh45'),
  fresh46: join(tuneDir, 'fresh46'),
  fresh47: join(tuneDir, 'fresh47'),
  fresh48: join(tuneDir, 'fresh48'),
  fresh49: join(tuneDir, 'fresh49'),
} as const;
export type Split = keyof typeof splitDirs;
/**
 * Splits whose items are never looked at one by one, and whose scores `npm test` does not compute:
 * only `score.ts --split closed`, run by the session's lead when its work has landed, reports
 * them (aggregates only). Until session 10 a closed split had regression floors in `npm test`,
 * so every developer's test run printed its aggregates and a failed floor told which change had
 * lowered it: a selection on the closed texts. The held-out split was closed until session 5, the
 * unseen split until session 6, `fresh` and `fresh2` until session 8, `fresh3` until session 9,
 * `fresh4` and `fresh5` until session 11, `fresh6` until session 14, `fresh7` until session 15, `fresh8` until session 16, `fresh9` until session 17, `fresh10` until session 18, `fresh11` until session 19, `fresh12` until session 20, `fresh13` until session 21, `fresh14` until session 22, `fresh15` until session 23, `fresh16` until session 25, `fresh17` until session 28, `fresh18` until session 29, `fresh19` until session 30, `fresh20` until session 31, `fresh21` until session 32, `fresh22` until session 33, `fresh23` until session 34, `fresh24` until session 36, `fresh25` until session 37, `fresh26` until session 38, `fresh27` until session 39, `fresh28` until session 40, `fresh29` until session 41, `fresh30` until session 42, `fresh31` until session 43, `fresh32` until session 44, `fresh33` until session 45, `fresh34` until session 46, `fresh35` until session 47, `fresh36` until session 48, `fresh37` until session 49, `fresh38` until session 50, `fresh39` until session 51, `fresh40` until session 52, `fresh41` until session 53, `fresh42` until session 54, `fresh43` until session 55, `fresh44` until session 56: once rules are to be written looking at a split's
 * errors, it no longer measures text the pipeline was not tuned on, and a split written after it
 * takes its role. Since session 52
 * `fresh45` is a closed split, and since session 53 `fresh46`, and since session 54 `fresh47`, and since session 55 `fresh48`, and since session 56 `fresh49`, beside it (`--split closed` scores them together, one aggregate table).
 */
export const closedSplits: ReadonlySet<Split> = new Set<Split>(['fresh45', 'fresh46', 'fresh47', 'fresh48', 'fresh49']);
/** The splits in the order tables are printed: tune, heldout, unseen, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13, fresh14, fresh15, fresh16, fresh17, fresh18, fresh19, fresh20, fresh21, fresh22, fresh23, fresh24, fresh25, fresh26, fresh27, fresh28, fresh29, fresh30, fresh31, fresh32, fresh33, fresh34, fresh35, fresh36, fresh37, fresh38, fresh39, fresh40, fresh41, fresh42, fresh43, fresh44, fresh45, fresh46, fresh47, fresh48, fresh49. */
export const splits = Object.keys(splitDirs) as Split[];

/** The `--split` name of the closed splits scored together, as one aggregate table. */
export const closedGroup = 'closed';

/** What `--split` selects: the splits, and whether they are scored together as one table (`closed`). */
export interface SplitSelection {
  splits: Split[];
  together: boolean;
}

/** The name after `--split` in argv: `all` when there is none, `undefined` when the flag ends argv. */
function splitName(argv: string[]): string | undefined {
  const i = argv.indexOf('--split');
  return i < 0 ? 'all' : argv[i + 1];
}

const isSplit = (name: string | undefined): name is Split => name !== undefined && (splits as string[]).includes(name);

/**
 * The splits named by `--split tune|…|fresh49|closed|all` in argv, for tools that read texts and
 * gold but score nothing (make-gold.ts): one split by name, closed or not; `closed` the closed
 * splits; `all` (the default) every split. Throws on another name.
 */
export function splitsFromArgv(argv: string[]): Split[] {
  const name = splitName(argv);
  if (name === 'all') return splits;
  if (name === closedGroup) return splits.filter((s) => closedSplits.has(s));
  if (isSplit(name)) return [name];
  throw new Error(`--split takes ${splits.join(', ')}, ${closedGroup} or all, not ${JSON.stringify(name)}`);
}

/**
 * What a scoring run selects with `--split` (score.ts): one open split; every open split (`all`,
 * the default); or the closed splits together as one aggregate table (`closed`, the lead's run at
 * a session's end). A closed split's own name is refused, and `all` leaves the closed splits out,
 * so no developer's run prints a closed split's scores. Throws on another name too.
 */
export function splitSelectionFromArgv(argv: string[]): SplitSelection {
  const name = splitName(argv);
  const named = splitsFromArgv(argv);
  if (name === closedGroup) return { splits: named, together: true };
  if (name === 'all') return { splits: named.filter((s) => !closedSplits.has(s)), together: false };
  if (closedSplits.has(named[0]!)) {
    throw new Error(`--split ${name}: a closed split is scored only with the other closed splits, by --split ${closedGroup} (the lead, once a session's work has landed)`);
  }
  return { splits: named, together: false };
}
