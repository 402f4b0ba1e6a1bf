import { wordSet } from './word-list.js';

/**
 * Dutch function words (articles, pronouns, prepositions, conjunctions, auxiliaries and
 * common adverbs), folded as `foldForMatch` folds. They carry no subject, so lexical
 * similarity ignores them; tf-idf alone would still let them into the shared terms.
 */
export const dutchStopwords: ReadonlySet<string> = wordSet(
  `aan al alle alles als alleen andere ben bij bijvoorbeeld binnen dan dat de deze die dit door dus een eens elk elke en er ervoor
  ge geen gaan gaat had heb hebben heeft het hier hij hoe hun ik in is ja je kan kunnen kon komt maar me meer men met mij mijn moet
  moeten na naar niet niets nog nu of om omdat onder ons onze ook op over per te tegen tot tussen u uit van veel voor vooral waar
  wanneer want was wat we wel welke werd werden wij wil willen worden wordt zal zeer zelf zich zij zijn zo zoals zodat zonder zou
  zullen hen haar hem ze wie daar daarom daarbij daarnaast daarin hierbij hierin waarin waarbij verder steeds zowel enkel`.split(/\s+/).filter(Boolean),
);
