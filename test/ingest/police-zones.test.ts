import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t, { type Test } from 'tap';
import { z } from 'zod';
import { compileGazetteer, extractMentions } from '../../src/ingest/entities.js';
import { actorEntrySchema, locationEntrySchema, periodCovers, periodRunsBackward, periodsOverlap } from '../../src/ingest/gazetteer.js';
import { InputError } from '../../src/ingest/errors.js';
import { readBuildInputs } from '../../src/ingest/sources.js';
import { defaultSeedsDir } from '../../src/paths.js';
import { buildZoneDatabase, fixtureActors, writeZoneSeeds } from '../helpers/zone-fixture.js';

const p = (start: string | null, end: string | null) => ({ start, end });

t.test('periods of reduced precision', async (t) => {
  t.ok(periodsOverlap(p('2013', '2018'), p('2018-06', null)), 'a year overlaps a month inside it');
  t.notOk(periodsOverlap(p('2013', '2018-12-31'), p('2019-01-01', null)), 'consecutive periods do not overlap');
  t.notOk(periodsOverlap(p('2018-12-09', '2020-10-01'), p('2020-10-01', null)), 'a handover on one day is not an overlap');
  t.ok(periodsOverlap(p(null, null), p('2020', '2020')), 'an open period overlaps everything');
  t.ok(periodsOverlap(p('2019', '2019'), p('2019', null)), 'two periods in the same year overlap');
  t.ok(periodCovers(p('2023-01-01', null), '2024-03'));
  t.notOk(periodCovers(p('2023-01-01', null), '2022'));
  t.ok(periodCovers(p(null, '2022-12-31'), '2022'), 'some day of the year lies in the period');
  t.ok(periodRunsBackward(p('2020-02', '2020-01')));
  t.notOk(periodRunsBackward(p('2020', '2020-01')), 'a month inside the start year is not before it');
});

/** The InputError a broken copy of the fixture's actors gives, or fails the test. */
function actorsError(t: Test, change: (actors: any[]) => void): InputError {
  const actors = structuredClone(fixtureActors) as any[];
  change(actors);
  const dir = writeZoneSeeds(t.testdir(), { actors });
  try {
    readBuildInputs(dir);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('the broken gazetteer was accepted');
}

const zone = (actors: any[]) => actors.find((a) => a.id === 'politiezone-rivierstreek');
const person = (actors: any[]) => actors.find((a) => a.id === 'jan-peeters');

t.test('the fixture itself is valid', async (t) => {
  const inputs = readBuildInputs(writeZoneSeeds(t.testdir()));
  t.equal(inputs.gazetteer.actors.find((a) => a.kind === 'police_zone')?.areas.length, 3);
});

t.test('an entry may name its source: one URL or a list of URLs, null when absent', async (t) => {
  const actors = structuredClone(fixtureActors) as any[];
  zone(actors).source = ['https://example.org/zone', 'https://example.org/college'];
  person(actors).source = 'https://example.org/peeters';
  const inputs = readBuildInputs(writeZoneSeeds(t.testdir(), { actors }));
  const read = (id: string) => inputs.gazetteer.actors.find((a) => a.id === id)?.source;
  t.same(read('politiezone-rivierstreek'), ['https://example.org/zone', 'https://example.org/college']);
  t.equal(read('jan-peeters'), 'https://example.org/peeters');
  t.equal(inputs.gazetteer.locations[0]?.source, null);
});

t.test('gazetteer errors name the file, line and field', async (t) => {
  const cases: Array<[string, (actors: any[]) => void, RegExp, RegExp]> = [
    ['a municipality the gazetteer does not know', (a) => zone(a).areas.push({ location: 'dorp-zonder-naam', start: null, end: null }), /areas\[3\]\.location/, /unknown location "dorp-zonder-naam"/],
    ['a place that is not a municipality', (a) => zone(a).areas.push({ location: 'westland', start: null, end: null }), /areas\[3\]\.location/, /"westland" is a province, not a municipality/],
    ['a municipality in two zones at once', (a) => a.push({ id: 'politiezone-tweede', name: 'Politiezone Tweede', kind: 'police_zone', areas: [{ location: 'beverdam', start: '2020', end: null }] }), /\[5\]\.areas\[0\]\.location/, /"beverdam" is already served by "politiezone-rivierstreek" \(… – now\) during 2020 – now/],
    ['a period that ends before it starts', (a) => { zone(a).areas[2].end = '2022'; }, /areas\[2\]\.end/, /ends \(2022\) before it starts \(2023-01-01\)/],
    ['a former name that ends before it starts', (a) => { zone(a).formerNames[0].start = '2023'; }, /formerNames\[0\]\.end/, /ends \(2022-12-31\) before it starts \(2023\)/],
    ['two zones with one number', (a) => a.push({ id: 'politiezone-tweede', name: 'Politiezone Tweede', kind: 'police_zone', officialNumber: '9901' }), /\[5\]\.officialNumber/, /number 9901 is also that of "politiezone-rivierstreek"/],
    ['a membership in an unknown organisation', (a) => { person(a).memberships[0].organization = 'gemeente-nergens'; }, /memberships\[0\]\.organization/, /unknown actor "gemeente-nergens"/],
    ['a membership in a person', (a) => { person(a).memberships[0].organization = 'jan-peeters'; }, /memberships\[0\]\.organization/, /"jan-peeters" is a person, not an organisation/],
    ['memberships of an organisation', (a) => { zone(a).memberships = [{ organization: 'lokale-politie', role: 'lid' }]; }, /\[3\]\.memberships/, /only persons have memberships/],
    ['the same role held twice at once', (a) => person(a).memberships.push({ organization: 'gemeente-aldorp', role: 'burgemeester', start: '2018', end: null }), /memberships\[2\]\.start/, /overlaps memberships\[0\] \(same role "burgemeester" in "gemeente-aldorp"\)/],
    ['a malformed date', (a) => { person(a).memberships[0].start = '2013-13'; }, /memberships\.0\.start|memberships\[0\]\.start/, /real date/],
    ['a malformed zone number', (a) => { zone(a).officialNumber = '99'; }, /officialNumber/, /four digits/],
    ['a source that is not a URL', (a) => { person(a).source = 'politie.be'; }, /\]\.source/, /URL/i],
    ['a source list with a non-URL', (a) => { zone(a).source = ['https://www.politie.be/5415', 'zie website']; }, /source\[1\]|source\.1/, /URL/i],
    ['an empty source list', (a) => { zone(a).source = []; }, /\]\.source/, /./],
  ];
  for (const [what, change, field, message] of cases) {
    const error = actorsError(t, change);
    t.match(error.format(), /actors\.json:\d+: /, `${what}: file and line`);
    t.match(error.format(), field, `${what}: field`);
    t.match(error.message, message, `${what}: message`);
  }
});

t.test('the loader stores areas, former names and memberships, and ties measures to the places a zone serves then', async (t) => {
  const db = new Database(buildZoneDatabase(t.testdir()), { readonly: true });
  t.teardown(() => db.close());
  t.same(db.prepare('SELECT location_id, start, "end" FROM actor_areas WHERE actor_id = ? ORDER BY 1').raw().all('politiezone-rivierstreek'), [
    ['aldorp', null, null],
    ['beverdam', null, null],
    ['cranenburg', '2023-01-01', null],
  ]);
  t.same(db.prepare('SELECT kind, official_number, former_names FROM actors WHERE id = ?').raw().get('politiezone-rivierstreek'), [
    'police_zone', '9901', JSON.stringify([{ name: 'Politiezone Aldorp-Beverdam', start: null, end: '2022-12-31' }]),
  ]);
  t.same(db.prepare('SELECT id, person_id, organization_id, role, start, "end", source FROM memberships ORDER BY id').raw().all(), [
    ['jan-peeters-1', 'jan-peeters', 'gemeente-aldorp', 'burgemeester', '2013', '2018-12-31', 'https://example.org/peeters'],
    ['jan-peeters-2', 'jan-peeters', 'federale-regering', 'minister van Binnenlandse Zaken', '2019-01-01', null, null],
  ]);
  const placesOf = (quote: string) =>
    db.prepare('SELECT ml.location_id, ml.via FROM measure_locations ml JOIN measures m ON m.id = ml.measure_id WHERE m.text LIKE ? ORDER BY 1').raw().all(`%${quote}%`);
  t.same(placesOf('Rivierstreek'), [['aldorp', 'actor'], ['beverdam', 'actor'], ['cranenburg', 'actor']], 'a 2024 measure naming the zone: every municipality it serves');
  t.same(placesOf('Aldorp-Beverdam'), [['aldorp', 'actor'], ['beverdam', 'actor']], 'a 2020 measure naming its former name: not the municipality the merger added in 2023');
  t.same(db.prepare('SELECT actor_id, quote FROM mentions ORDER BY start').raw().all().map((r: any) => r[0]), ['politiezone-rivierstreek', 'politiezone-rivierstreek'], 'the former name is matched as the zone');
});

t.test('the seed gazetteer: every Belgian municipality has one police zone today', async (t) => {
  const read = (file: string, schema: z.ZodType) => z.array(schema).parse(JSON.parse(readFileSync(join(defaultSeedsDir, 'gazetteer', file), 'utf8')));
  const locations = read('locations.json', locationEntrySchema) as Array<z.infer<typeof locationEntrySchema>>;
  const actors = read('actors.json', actorEntrySchema) as Array<z.infer<typeof actorEntrySchema>>;
  const zones = actors.filter((a) => a.kind === 'police_zone');
  t.equal(zones.length, 185, 'the 173 zones of the reference list, Eifel, Weser-Göhl and Haspengouw, seven zones that merged away since 2019 and the two that formed CARMA in 2017');
  t.equal(zones.filter((z) => z.areas.some((a) => a.end === null)).length, 176, 'of which 176 serve a town today');
  for (const id of ['politiezone-gent', 'politiezone-antwerpen', 'politiezone-eifel', 'politiezone-weser-gohl', 'politiezone-haspengouw']) t.ok(zones.some((z) => z.id === id), id);
  const served = new Map<string, string[]>();
  for (const z of zones) for (const a of z.areas) if (a.end === null) served.set(a.location, [...(served.get(a.location) ?? []), z.id]);
  const belgian = (id: string | null): boolean => id === 'belgie' || (id !== null && belgian(locations.find((l) => l.id === id)?.parent ?? null));
  const municipalities = locations.filter((l) => l.kind === 'municipality' && belgian(l.parent));
  t.ok(municipalities.length >= 565);
  t.same(municipalities.filter((m) => served.get(m.id)?.length !== 1).map((m) => [m.id, served.get(m.id) ?? []]), [], 'served by exactly one current zone');
  t.equal(zones.find((z) => z.id === 'politiezone-gent')?.officialNumber, '5415');
  const merelbekeMelle = zones.find((z) => z.areas.some((a) => a.location === 'merelbeke-melle'));
  t.equal(merelbekeMelle?.id, 'politiezone-regio-rhode-schelde');
});

t.test('a zone is found under every police noun, by its name and its short name, with a hyphen or a space', async (t) => {
  const { gazetteer } = readBuildInputs(defaultSeedsDir);
  const matcher = compileGazetteer(gazetteer);
  const mentions = (text: string) => extractMentions(text, matcher).map((m) => [m.quote, m.entityId]);
  t.same(mentions('De burgemeester en de politie van Brussel Hoofdstad-Elsene.'), [['politie van Brussel Hoofdstad-Elsene', 'politiezone-brussel-hoofdstad-elsene']]);
  t.same(mentions('Het korps van de lokale politie van WOKRA en het politiekorps CARMA.'), [
    ['lokale politie van WOKRA', 'politiezone-wokra'],
    ['politiekorps CARMA', 'politiezone-carma'],
  ]);
  t.same(mentions('De politiezone Brussel Noord en de PZ Vilvoorde Machelen.'), [
    ['politiezone Brussel Noord', 'politiezone-brussel-noord'],
    ['PZ Vilvoorde Machelen', 'politiezone-vilvoorde-machelen'],
  ]);
});

t.test('zones by their short names under a police noun; a short name that is a word needs its capitals', async (t) => {
  const { gazetteer } = readBuildInputs(defaultSeedsDir);
  const matcher = compileGazetteer(gazetteer);
  const mentions = (text: string) => extractMentions(text, matcher).map((m) => [m.quote, m.entityId]);
  t.same(mentions('Interventies voor PZ VIMA en de politie LaMa; een lama in de wei.'), [
    ['PZ VIMA', 'politiezone-vilvoorde-machelen'],
    ['politie LaMa', 'politiezone-lanaken-maasmechelen'],
  ]);
  t.same(mentions('De agenten van PZ Polbruno en de zone Polbruno.'), [
    ['PZ Polbruno', 'politiezone-brussel-noord'],
    ['zone Polbruno', 'politiezone-brussel-noord'],
  ], 'the Brussels North zone by its own short name (fresh22: a table\'s row "PZ Polbruno" was unknown)');
});

t.test('a zone is found under every police noun by a former name too, the current name winning a form both would give', async (t) => {
  const { gazetteer } = readBuildInputs(defaultSeedsDir);
  const matcher = compileGazetteer(gazetteer);
  const mentions = (text: string) => extractMentions(text, matcher).map((m) => [m.quote, m.entityId]);
  t.same(mentions('De korpschef van de zone Waasland-Noord en de politie van Klein-Brabant.'), [
    ['zone Waasland-Noord', 'politiezone-scheldewaas'],
    ['politie van Klein-Brabant', 'politiezone-mechelen-willebroek'],
  ]);
  t.same(mentions('Agenten van PZ LAN, de zone HANO en de lokale politie Lowazone.'), [
    ['PZ LAN', 'politiezone-lan'],
    ['zone HANO', 'politiezone-hano'],
    ['lokale politie Lowazone', 'politiezone-lowazone'],
  ], 'zones that merged away are zones of their own');
  t.same(mentions('De zone Kanton Borgloon viel uiteen: de politie van Alken en de politie van Heers.'), [
    ['zone Kanton Borgloon', 'politiezone-kanton-borgloon'],
    ['politie van Alken', 'politiezone-limburg-regio-hoofdstad'],
    ['politie van Heers', 'politiezone-haspengouw'],
  ], 'a town names the zone that serves it now');
  const fixture = compileGazetteer({
    locations: [],
    actors: [
      { ...fixtureZone('politiezone-oud', 'Politiezone Oud'), formerNames: [{ name: 'Politiezone Nieuw', start: null, end: '2019' }] },
      fixtureZone('politiezone-nieuw', 'Politiezone Nieuw'),
    ],
  });
  t.same(extractMentions('De politie Nieuw en de PZ Nieuw.', fixture).map((m) => [m.quote, m.entityId]), [
    ['politie Nieuw', 'politiezone-nieuw'],
    ['PZ Nieuw', 'politiezone-nieuw'],
  ], 'a name a zone has now beats the same name another zone had before');
});

function fixtureZone(id: string, name: string) {
  return {
    id, name, kind: 'police_zone' as const, parent: null, aliases: [], contextAliases: [], location: null, party: null, role: null,
    officialNumber: null, areas: [], formerNames: [] as Array<{ name: string; start: string | null; end: string | null }>, memberships: [], source: null,
  };
}
