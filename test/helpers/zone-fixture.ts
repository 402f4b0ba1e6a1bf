/**
 * A tiny seeds folder about an invented police zone, and its database: three
 * municipalities, a zone that took in the third one by a merger (with its former name),
 * a district, a person with dated memberships, and two dated documents naming the zone.
 * Tests of the gazetteer's police zones and memberships build it instead of the corpus,
 * so what they assert follows from these few lines alone.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDatabase } from '../../src/ingest/build.js';

const place = (id: string, name: string, kind: string, parent: string | null, extra: Record<string, unknown> = {}) => ({ id, name, kind, parent, ...extra });

export const fixtureLocations = [
  place('belgie', 'België', 'country', null),
  place('vlaanderen', 'Vlaanderen', 'region', 'belgie'),
  place('westland', 'Westland', 'province', 'vlaanderen'),
  place('aldorp', 'Aldorp', 'municipality', 'westland', { nis: '99001', aliases: ['Aldorpse'] }),
  place('beverdam', 'Beverdam', 'municipality', 'westland', { nis: '99002' }),
  place('cranenburg', 'Cranenburg', 'municipality', 'westland', { nis: '99003' }),
  place('aldorp-noord', 'Aldorp-Noord', 'district', 'aldorp'),
  place('e99', 'E99', 'road', 'belgie', { aliases: ['E-99'] }),
];

export const fixtureActors = [
  { id: 'lokale-politie', name: 'Lokale politie', kind: 'organisation', location: 'belgie' },
  { id: 'federale-regering', name: 'Federale regering', kind: 'government', location: 'belgie' },
  { id: 'gemeente-aldorp', name: 'Gemeente Aldorp', kind: 'government', location: 'aldorp' },
  {
    id: 'politiezone-rivierstreek',
    name: 'Politiezone Rivierstreek',
    kind: 'police_zone',
    parent: 'lokale-politie',
    location: 'aldorp',
    aliases: ['PZ Rivierstreek', 'Aldorpse politie'],
    officialNumber: '9901',
    formerNames: [{ name: 'Politiezone Aldorp-Beverdam', start: null, end: '2022-12-31' }],
    areas: [
      { location: 'aldorp', start: null, end: null },
      { location: 'beverdam', start: null, end: null },
      { location: 'cranenburg', start: '2023-01-01', end: null },
    ],
  },
  {
    id: 'jan-peeters',
    name: 'Jan Peeters',
    kind: 'person',
    location: 'aldorp',
    memberships: [
      { organization: 'gemeente-aldorp', role: 'burgemeester', start: '2013', end: '2018-12-31', source: 'https://example.org/peeters' },
      { organization: 'federale-regering', role: 'minister van Binnenlandse Zaken', start: '2019-01-01', end: null },
    ],
  },
];

export const fixtureDocuments = [
  {
    file: '001_rivierstreek-2024.txt',
    date: '2024-03',
    dateQuote: 'maart 2024',
    text: 'Veiligheid in de regio\n\nNieuwsbrief van maart 2024.\n\nDe Politiezone Rivierstreek zet 20 extra agenten in op de markten.\n',
  },
  {
    file: '002_aldorp-beverdam-2020.txt',
    date: '2020',
    dateQuote: 'jaar 2020',
    text: 'Verkeer\n\nNieuwsbrief van het jaar 2020.\n\nDe Politiezone Aldorp-Beverdam controleert 300 wagens per week.\n',
  },
];

/** Writes the seeds folder into `dir`, with any of its gazetteer files replaced. */
export function writeZoneSeeds(dir: string, replace: { actors?: unknown[]; locations?: unknown[] } = {}): string {
  mkdirSync(join(dir, 'gazetteer'), { recursive: true });
  writeFileSync(join(dir, 'gazetteer/locations.json'), JSON.stringify(replace.locations ?? fixtureLocations, null, 2));
  writeFileSync(join(dir, 'gazetteer/actors.json'), JSON.stringify(replace.actors ?? fixtureActors, null, 2));
  writeFileSync(join(dir, 'themes.json'), JSON.stringify([{ id: 'verkeer', labelNl: 'Verkeer', labelEn: 'Traffic', cues: ['verkeer', 'wagens'] }], null, 2));
  const documents = fixtureDocuments.map((d) => {
    writeFileSync(join(dir, d.file), d.text);
    return {
      file: d.file,
      sha256: createHash('sha256').update(d.text).digest('hex'),
      title: { value: d.text.split('\n')[0], quote: d.text.split('\n')[0] },
      kind: 'news_article',
      language: 'nl',
      date: { value: d.date, quote: d.dateQuote },
      issuer: { value: null, quote: null },
      scope: { value: null, quote: null },
      url: null,
      author: null,
      programme: null,
    };
  });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ programmes: [], documents }, null, 2));
  return dir;
}

/** Builds the fixture's database in `dir` and returns its path. */
export function buildZoneDatabase(dir: string): string {
  const dbPath = join(dir, 'zones.db');
  buildDatabase({ dbPath, seedsDir: writeZoneSeeds(join(dir, 'seeds')) });
  return dbPath;
}
