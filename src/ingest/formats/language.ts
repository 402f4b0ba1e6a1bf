/** Whether a text is Dutch: franc-min's trigram guess over the start of the text. */
import { franc } from 'franc-min';

/** Languages franc is asked to choose between: Dutch and the languages a Belgian or European document may be in instead. */
const CANDIDATES = ['nld', 'eng', 'fra', 'deu', 'spa', 'ita', 'por', 'pol', 'ron', 'tur', 'afr'];
const SAMPLE = 20_000;

/** ISO 639-3 code of the text's language, or 'und' when the text is too short to tell. */
export function detectLanguage(text: string): string {
  return franc(text.slice(0, SAMPLE), { only: CANDIDATES, minLength: 40 });
}
