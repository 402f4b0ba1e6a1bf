/**
 * Football clubs named the way Dutch sports writing names them: by their town ("Genk won van
 * Gent"), or by one word of their name ("Standard", "Union", "Antwerp"). Such a form is also a
 * place or a plain word, so it names the club only with evidence of football right at it (the
 * devset's convention since fresh8 and fresh10: a town standing for its club is the club, "de
 * politie in Genk" stays the town).
 */
import { sentenceWindow } from '../text/sentences.js';

/**
 * The gazetteer's association of the professional clubs: an actor whose parent it is is a club
 * (`seeds/gazetteer/actors.json`, the Jupiler Pro League's and Challenger Pro League's members).
 */
export const FOOTBALL_LEAGUE_ID = 'pro-league';

/** A club's name of four or more capitals that is no place or word ("RSCA", "STVV"): it needs no evidence. */
const LONG_ACRONYM = /^\p{Lu}{4,}$/u;

/**
 * Whether a club's form needs evidence of football to name the club: one word (a town, "Standard",
 * "Cercle") but a long acronym, or any form that is also a place's name ("La Louvière"). A
 * hyphenated name of no place ("Waasland-Beveren") is the club's own.
 */
export const clubFormNeedsEvidence = (written: string, isPlaceName: boolean): boolean =>
  isPlaceName || (!/[\s-]/u.test(written.trim()) && !LONG_ACRONYM.test(written.trim()));

/**
 * A noun of a club's people or matches and a preposition right before a name: "de supporters van
 * Genk", "de thuismatch tegen Anderlecht", "het stadion van Standard". Evidence on its own.
 */
const FANS_OR_MATCH_OF = /(?:^|[^\p{L}])(?:supporters|fans|aanhangers|aanhang|spelers|hooligans|harde\s+kern|supportersclub|trainer|coach|\p{L}*(?:match|wedstrijd)(?:en)?|duel|derby|stadion)\s+(?:van|tegen|bij|met|tussen)\s+(?:(?:pakweg|bijvoorbeeld|bv\.|zeg\s+maar|onder\s+meer)\s+)?(?:het\s+|de\s+)?$/iu;

/**
 * A noun that ranks or kinds a football club right before its name: "eersteklasser Antwerp",
 * "tweedeklasser Beerschot", "promovendus Dender", "de voetbalclub Genk". Evidence on its own: no
 * town is an "eersteklasser".
 */
const CLUB_NOUN_BEFORE = /(?:^|[^\p{L}])(?:\p{L}*klassers?|promovendus|degradant|landskampioen|bekerwinnaar|(?:voetbal|prof|top)club|voetbalploeg)\s+$/iu;

/** A compound of the club's name and its people: "Genk-supporters", "Antwerp-fans". Evidence on its own. */
const FANS_COMPOUND_AFTER = /^-(?:supporters|fans|aanhangers|aanhang|spelers|hooligans|trainer|coach)(?![\p{L}])/iu;

/**
 * Two sides of a match around a name: "tegen Genk", "tussen Gent en Standard", "Gent - Brugge", "Genk
 * tegen Everton". A plain "A en B" is a list, of places as often ("in Anderlecht en Brugge"): only
 * after "tussen".
 */
const OPPONENT_BEFORE = /(?:^|[^\p{L}])(?:tegen|versus|vs\.?|tussen|tussen\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?\s+en|\p{Lu}[\p{L}.]*\s*[-–])\s*$/u;
const OPPONENT_AFTER = /^(?:\s+(?:tegen|versus|vs\.?)\s+|\s*[-–]\s*)\p{Lu}/u;
/** A place preposition right before a name: "in Genk", "naar Brugge" speak of the town, whatever follows. */
const AT_A_PLACE_BEFORE = /(?:^|[^\p{L}])(?:in|te|naar|uit|vanuit|rond|nabij)\s+$/iu;
/** A verb of playing right after the name: "Genk won", "Standard speelde". */
const PLAYS_AFTER = /^\s+(?:won|wint|verloor|verliest|speelde|speelt|scoorde|scoort|ontvangt|ontving|versloeg|klopte)(?![\p{L}])/u;

/**
 * Words that make a sentence one about football: a match, supporters, a stadium, a score ("2-1").
 * Needed beside a match's two sides ({@link OPPONENT_BEFORE}) or a verb of playing, which alone say
 * nothing ("tussen Gent en Brugge", "Genk won een prijs").
 */
const FOOTBALL_TALK = /(?:voetbal|match|wedstrijd|derby|supporter|fans(?![\p{L}])|stadion|competitie|speeldag|beker|play-off|doelpunt|gelijkspel|(?<![\p{L}\p{N}])\d{1,2}-\d{1,2}(?![\p{N}-]))/iu;

/**
 * Whether a club's form that needs evidence ({@link clubFormNeedsEvidence}) names the club at
 * `start`–`end`: written with a capital, and with its people or its match right at it ("de
 * supporters van Genk", "Genk-supporters", "een match tussen pakweg Genk en …"), a noun ranking it as a
 * club before it ("eersteklasser Genk") or, in a sentence about football, as a side of a
 * match ("KRC Genk tegen Everton", "de wedstrijd tussen Gent en Brugge", "Standard won met 2-0"),
 * not after a place preposition ("na de wedstrijd in Genk").
 */
export function namesAClub(text: string, start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 40);
  if (FANS_OR_MATCH_OF.test(before) || CLUB_NOUN_BEFORE.test(before) || FANS_COMPOUND_AFTER.test(after)) return true;
  if (AT_A_PLACE_BEFORE.test(before)) return false;
  return (OPPONENT_BEFORE.test(before) || OPPONENT_AFTER.test(after) || PLAYS_AFTER.test(after)) && FOOTBALL_TALK.test(sentenceWindow(text, start, end, 300));
}

/** A match's other side after a club: "tegen Everton", "– Ajax Amsterdam" (one to three capitalised words). */
const OPPONENT_NAME_AFTER = /^(?:\s+(?:tegen|versus|vs\.?)\s+|\s*[-–]\s*)(\p{Lu}[\p{L}'’.]*(?:\s+\p{Lu}[\p{L}'’.]*){0,2})/u;
/** A match's other side before a club: "Everton tegen ", "Ajax – ". */
const OPPONENT_NAME_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’.]*(?:\s+\p{Lu}[\p{L}'’.]*){0,2})(?:\s+(?:tegen|versus|vs\.?)\s+|\s*[-–]\s*)$/u;

/**
 * The other side of a match a known club plays, in a sentence about football: "de galawedstrijd
 * KRC Genk tegen Everton" (a club abroad or one the gazetteer lacks), for a curator to add. `clubs`
 * are the club mentions; what a mention already covers the caller leaves out.
 */
export function opponentsOfClubs(text: string, clubs: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (const club of clubs) {
    if (!FOOTBALL_TALK.test(sentenceWindow(text, club.start, club.end, 300))) continue;
    const after = OPPONENT_NAME_AFTER.exec(text.slice(club.end, club.end + 80));
    if (after) found.push({ start: club.end + after[0].length - after[1]!.length, end: club.end + after[0].length });
    const window = text.slice(Math.max(0, club.start - 80), club.start);
    const before = OPPONENT_NAME_BEFORE.exec(window);
    if (before) found.push({ start: club.start - window.length + before.index, end: club.start - window.length + before.index + before[1]!.length });
  }
  return found;
}
