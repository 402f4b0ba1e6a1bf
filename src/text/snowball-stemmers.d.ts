declare module 'snowball-stemmers' {
  interface Stemmer {
    stem(word: string): string;
  }
  // Named: the package is CommonJS marked `__esModule` without a default export, so a default
  // import is undefined where it is loaded through `require` (a build's worker threads under tsx).
  export function newStemmer(language: string): Stemmer;
  export function algorithms(): string[];
}
