/** The licence of the data (the code is MIT, see package.json): stated in the catalogue, cards and citations. */
export const dataLicence = {
  name: 'CC BY 4.0',
  uri: 'http://creativecommons.org/licenses/by/4.0/',
  /** Human-readable page, for links. */
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
