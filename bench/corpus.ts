/**
 * A deterministic synthetic corpus for build benchmarks: Dutch local-safety policy texts
 * made by recombining varied sentence templates with real gazetteer places (Flemish
 * municipalities), actors and parties and with numbers in the forms the figures stage
 * reads (counts, percentages, amounts, ranges, changes, fractions). Documents average
 * about 5 KB, as a chapter of a coalition agreement does; the same size and seed always
 * give the same bytes.
 *
 *   node --import tsx bench/corpus.ts 1000 bench-output/corpus-1000
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSeedsDir } from '../src/paths.js';

/** mulberry32: a small, fast, seedable PRNG (the corpus must not depend on Math.random). */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  return { next, int, pick };
}

type Rng = ReturnType<typeof prng>;

interface Names {
  cities: string[];
  units: string[];
  parties: string[];
  districts: string[];
}

function gazetteerNames(dir: string): Names {
  const locations = JSON.parse(readFileSync(join(dir, 'gazetteer/locations.json'), 'utf8')) as Array<{ id: string; name: string; kind: string; parent: string | null }>;
  const actors = JSON.parse(readFileSync(join(dir, 'gazetteer/actors.json'), 'utf8')) as Array<{ name: string; kind: string }>;
  const flemish = new Set(['provincie-antwerpen', 'oost-vlaanderen', 'west-vlaanderen', 'vlaams-brabant', 'limburg']);
  const parentOf = new Map(locations.map((l) => [l.id, l.parent]));
  // A municipality's province is an ancestor, not always its parent (arrondissements lie between).
  const inFlanders = (id: string): boolean => {
    for (let at = parentOf.get(id); at; at = parentOf.get(at)) if (flemish.has(at)) return true;
    return false;
  };
  return {
    cities: locations.filter((l) => l.kind === 'municipality' && inFlanders(l.id) && !l.name.includes('(')).map((l) => l.name),
    districts: locations.filter((l) => l.kind === 'district' || l.kind === 'neighbourhood').map((l) => l.name.replace(/ \(.*\)$/, '')),
    units: actors.filter((a) => a.kind === 'unit' || a.kind === 'organisation').map((a) => a.name),
    parties: actors.filter((a) => a.kind === 'party').map((a) => a.name),
  };
}

const TOPICS = ['Veiligheid en preventie', 'Lokale politie', 'Drugs en overlast', 'Verkeersveiligheid', 'Jongeren en preventie', 'Slachtofferhulp', 'Cameratoezicht', 'Nachtleven', 'Wijkwerking', 'Georganiseerde criminaliteit', 'Brandweer en noodplanning', 'Handhaving en GAS-boetes'];
const NOUNS = ['inspecteurs', 'wijkagenten', 'gemeenschapswachten', 'straathoekwerkers', 'camera’s', 'medewerkers', 'politieagenten', 'fietsstraten', 'buurtinformatienetwerken', 'opvangplaatsen', 'controles', 'patrouilles'];
const PLACES = ['in de binnenstad', 'aan de stations', 'rond de scholen', 'in de deelgemeenten', 'op de markten', 'langs de invalswegen', 'in de parken'];

const money = (r: Rng) => r.pick([`${r.int(2, 95)}0.000 euro`, `${r.int(1, 9)},${r.int(1, 9)} miljoen euro`, `€ ${r.int(2, 40)} miljoen`]);
const pct = (r: Rng) => r.pick([`${r.int(5, 60)} procent`, `${r.int(5, 60)}%`]);
const year = (r: Rng) => r.int(2024, 2032);
const count = (r: Rng) => r.pick([String(r.int(2, 400)), r.pick(['twee', 'drie', 'vier', 'vijf', 'zes', 'tien', 'twintig'])]);

/** Sentence templates: commitments, observations and questions as programmes phrase them. */
const SENTENCES: Array<(r: Rng, n: Names, city: string) => string> = [
  (r, _n, city) => `We werven tegen ${year(r)} ${count(r)} extra ${r.pick(NOUNS)} aan voor ${city}.`,
  (r, n) => `De ${r.pick(n.units)} krijgt ${money(r)} extra om de samenwerking met de lokale politie te versterken.`,
  (r) => `Het budget voor ${r.pick(['preventie', 'cameratoezicht', 'straathoekwerk', 'slachtofferhulp'])} stijgt van ${r.int(1, 9)} miljoen euro naar ${r.int(10, 20)} miljoen euro.`,
  (r, _n, city) => `In ${city} daalde het aantal inbraken vorig jaar met ${pct(r)}.`,
  (r) => `We plaatsen ${r.int(10, 120)} nieuwe camera’s ${r.pick(PLACES)}.`,
  (r, n) => `Samen met de ${r.pick(n.units)} pakken we drugshandel ${r.pick(PLACES)} harder aan.`,
  (r) => `Ongeveer ${r.pick(['een derde', 'de helft', 'een kwart', 'twee derde'])} van de meldingen gaat over ${r.pick(['overlast', 'nachtlawaai', 'sluikstorten', 'verkeersagressie'])}.`,
  (r, _n, city) => `De politiezone ${city} telt vandaag ${r.int(150, 2500)} personeelsleden, maar heeft er minstens ${r.int(10, 90)} te weinig.`,
  (r) => `Elke wijk krijgt minstens ${r.pick(['twee', 'drie', 'vier'])} wijkagenten die de buurt kennen.`,
  (r) => `Jongeren tussen ${r.int(12, 15)} en ${r.int(16, 18)} jaar krijgen een eigen aanspreekpunt bij de politie.`,
  (r, n) => `${r.pick(n.parties)} wil dat de wachttijd voor slachtoffers met ${pct(r)} daalt.`,
  (r) => `Waarom duurt het gemiddeld ${r.int(3, 20)} weken voor een klacht wordt behandeld?`,
  (_r, _n, city) => `We evalueren het veiligheidsbeleid elk jaar samen met de bewoners, de scholen en de handelaars van ${city}.`,
  (r) => `Er komen ${count(r)} nieuwe politiekantoren ${r.pick(PLACES)}, samen goed voor ${r.int(40, 300)} medewerkers.`,
  (r, n) => `In ${r.pick(n.districts)} start een proefproject met ${r.int(5, 30)} slimme verlichtingspalen.`,
  (r) => `De stad investeert jaarlijks ${money(r)} in straathoekwerk en preventieprojecten.`,
  (r) => `Het aantal GAS-boetes steeg in ${year(r) - 6} tot ${r.int(2000, 14000)}.`,
  (r, _n, city) => `${city} sluit zich aan bij een intergemeentelijke samenwerking rond cybercriminaliteit.`,
  (r) => `We verhogen de pakkans voor zware verkeersovertredingen met ${r.int(10, 40)} extra trajectcontroles.`,
  (r) => `Daarnaast voorzien we ${r.int(2, 12)} bijkomende opvangplaatsen voor slachtoffers van intrafamiliaal geweld.`,
];

const paragraph = (r: Rng, n: Names, city: string) => Array.from({ length: r.int(2, 5) }, () => r.pick(SENTENCES)(r, n, city)).join(' ');

/** One document of about `target` bytes: a title, then sections of paragraphs and bullet lists. */
export function syntheticDocument(r: Rng, n: Names, city: string, party: string, target: number): string {
  const blocks = [`${r.pick(['Bestuursakkoord', 'Verkiezingsprogramma', 'Beleidsnota'])} ${city}: ${r.pick(TOPICS).toLowerCase()} (${party})`];
  let size = blocks[0]!.length;
  while (size < target) {
    const section = [r.pick(TOPICS), paragraph(r, n, city)];
    if (r.next() < 0.5) section.push(Array.from({ length: r.int(2, 5) }, () => `- ${r.pick(SENTENCES)(r, n, city)}`).join('\n'));
    section.push(paragraph(r, n, city));
    blocks.push(...section);
    size += section.join('\n\n').length;
  }
  return `${blocks.join('\n\n')}\n`;
}

const KINDS = ['coalition_agreement', 'election_programme', 'policy_note'] as const;

/** Document `i` of a corpus seeded with `seed`: its text and manifest entry (title from the text, scope curated). */
export function generatedEntry(i: number, n: Names, seed = 1) {
  const r = prng(seed * 1_000_003 + i);
  const city = r.pick(n.cities);
  // Lengths spread as real chapters do: 2 to 8 KB, about 5 KB on average.
  const text = syntheticDocument(r, n, city, r.pick(n.parties), r.int(2000, 8000));
  const sha256 = createHash('sha256').update(text).digest('hex');
  const file = `${String(i).padStart(6, '0')}_${sha256.slice(0, 16)}.txt`;
  const title = text.split('\n', 1)[0]!;
  return {
    text,
    entry: {
      file,
      sha256,
      title: { value: title, quote: title, origin: 'text' },
      kind: r.pick(KINDS),
      language: 'nl',
      date: { value: null, quote: null },
      issuer: { value: null, quote: null },
      scope: { value: null, quote: null },
      url: null,
      author: null,
      programme: null,
    },
  };
}

/** Writes a corpus of `size` documents (gazetteer and themes from the seeds) to `dir`. */
export function writeCorpus(size: number, dir: string, seed = 1): { bytes: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'gazetteer'), { recursive: true });
  cpSync(join(defaultSeedsDir, 'gazetteer'), join(dir, 'gazetteer'), { recursive: true });
  cpSync(join(defaultSeedsDir, 'themes.json'), join(dir, 'themes.json'));
  const names = gazetteerNames(defaultSeedsDir);
  const documents = [];
  let bytes = 0;
  for (let i = 0; i < size; i++) {
    const { text, entry } = generatedEntry(i, names, seed);
    writeFileSync(join(dir, entry.file), text);
    bytes += Buffer.byteLength(text);
    documents.push(entry);
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ programmes: [], documents }, null, 2));
  return { bytes };
}

export const benchNames = () => gazetteerNames(defaultSeedsDir);

/** Raised whenever the generator's output changes, so a stale corpus in bench-output/ is made anew. */
const GENERATOR_VERSION = 2;

/** The folder of the corpus of `size` documents that the benchmarks share. */
export const corpusDir = (size: number) => join('bench-output', `corpus-${size}`);

/**
 * A digest of what a corpus copies from the seeds and draws its names from (gazetteer, themes): a corpus generated
 * before the seeds' gazetteer changed has other documents and extracts with the old gazetteer (session 19's closing
 * bench ran session 19's code on session 18's gazetteer so), and is made anew.
 */
function seedsDigest(): string {
  const hash = createHash('sha256');
  for (const file of ['gazetteer/locations.json', 'gazetteer/actors.json', 'themes.json']) hash.update(readFileSync(join(defaultSeedsDir, file)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The corpus of `size` documents in {@link corpusDir}, generated unless a complete one from the same
 * generator and seeds is there (a stamp file written last marks it complete). Returns its folder.
 */
export function ensureCorpus(size: number): string {
  const dir = corpusDir(size);
  const stamp = join(dir, '.generated');
  const expected = `${size} v${GENERATOR_VERSION} ${seedsDigest()}`;
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== expected) {
    const { bytes } = writeCorpus(size, dir);
    writeFileSync(stamp, expected);
    process.stderr.write(`generated ${size} documents (${(bytes / 1e6).toFixed(1)} MB) in ${dir}\n`);
  }
  return dir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = Number(process.argv[2] ?? 1000);
  const dir = process.argv[3] ?? `bench-output/corpus-${size}`;
  const { bytes } = writeCorpus(size, dir);
  process.stdout.write(`${size} documents, ${(bytes / 1e6).toFixed(1)} MB in ${dir}\n`);
}
