/**
 * The map of Belgium: places projected where they lie, sized by their measures, linked,
 * labelled within bounds; places it cannot draw named in its caption. Then the packaged
 * data it stands on: the gazetteer's Belgian municipalities fall inside the outline, and
 * on the seed corpus every place with measures is a dot or is named, and a city page shows
 * its police zone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import t from 'tap';
import { defaultSeedsDir } from '../../src/paths.js';
import { inBelgium, placesMap, type MapPlace } from '../../src/publish/map.js';
import { seedApp } from '../helpers/dataset.js';

const gent: MapPlace = { id: 'gent', name: 'Gent', lat: 51.0543, lon: 3.7174, measures: 40 };
const aalst: MapPlace = { id: 'aalst', name: 'Aalst', lat: 50.9378, lon: 4.0403, measures: 10 };
const luik: MapPlace = { id: 'luik', name: 'Liège', lat: 50.6326, lon: 5.5797, measures: 1 };

/** The dots of a rendered map: link, centre, radius and label. */
function dots(markup: string) {
  const { document } = parseHTML(markup);
  const [, , width, height] = document.querySelector('svg').getAttribute('viewBox').split(' ').map(Number);
  const list = [...document.querySelectorAll('svg a')].map((a) => {
    const c = a.querySelector('circle');
    return {
      href: a.getAttribute('href') as string,
      label: a.getAttribute('aria-label') as string,
      current: a.getAttribute('aria-current'),
      x: Number(c.getAttribute('cx')),
      y: Number(c.getAttribute('cy')),
      r: Number(c.getAttribute('r')),
      text: a.querySelector('text')?.textContent as string | undefined,
    };
  });
  return { width, height, list, caption: document.querySelector('figcaption').textContent as string, document };
}

t.test('places are drawn where they lie, sized by their measures, each a named link', async (t) => {
  const map = dots(placesMap([luik, aalst, gent], { label: 'Kaart', current: 'aalst' }).value);
  const dot = (id: string) => map.list.find((d) => d.href === `/browse/locations/${id}`)!;
  const [g, a, l] = [dot('gent'), dot('aalst'), dot('luik')];
  t.ok(g.x < a.x && a.x < l.x, 'west to east: Gent, Aalst, Liège');
  t.ok(g.y < a.y && a.y < l.y, 'north to south: Gent, Aalst, Liège');
  for (const d of map.list) t.ok(d.x - d.r >= 0 && d.x + d.r <= map.width && d.y - d.r >= 0 && d.y + d.r <= map.height, `${d.href} inside the drawing`);
  t.ok(g.r > a.r && a.r > l.r, 'more measures, a larger dot');
  t.same(map.list.map((d) => d.href), ['/browse/locations/gent', '/browse/locations/aalst', '/browse/locations/luik'], 'larger dots first, so smaller ones stay clickable on top');
  t.equal(a.label, 'Aalst: 10 maatregelen');
  t.equal(l.label, 'Liège: 1 maatregel');
  t.equal(a.current, 'page', 'the current place is marked');
  t.equal(map.document.getElementById('kaart-titel').textContent, 'Kaart', 'the map is named');
});

t.test('places it cannot draw are named in the caption, with links', async (t) => {
  const amsterdam: MapPlace = { id: 'amsterdam', name: 'Amsterdam', lat: 52.3676, lon: 4.9041, measures: 3 };
  const nowhere: MapPlace = { id: 'nergens', name: 'Nergens', lat: null, lon: null, measures: 2 };
  const none: MapPlace = { ...luik, measures: 0 };
  const map = dots(placesMap([gent, amsterdam, nowhere, none], { label: 'Kaart' }).value);
  t.same(map.list.map((d) => d.href), ['/browse/locations/gent'], 'only what lies in Belgium, and has measures');
  t.match(map.caption, /^1 plaats met maatregelen/);
  t.match(map.caption, 'Niet op de kaart: Amsterdam (3), Nergens (2).');
  t.ok(map.document.querySelector('figcaption a[href="/browse/locations/amsterdam"]'), 'linked');
});

t.test('at most twelve places are labelled, the current one always', async (t) => {
  const many = Array.from({ length: 20 }, (_, i): MapPlace => ({ id: `p${i}`, name: `Plaats ${i}`, lat: 50.5 + i * 0.03, lon: 3.5 + i * 0.12, measures: 100 - i }));
  const map = dots(placesMap(many, { label: 'Kaart', current: 'p19' }).value);
  t.equal(map.list.length, 20, 'every place drawn');
  t.same(map.list.filter((d) => d.text).map((d) => d.text), [...many.slice(0, 12), many[19]!].map((p) => p.name), 'the twelve with most measures and the current one named');
});

t.test('the gazetteer’s Belgian municipalities lie inside the outline', async (t) => {
  const locations = JSON.parse(readFileSync(join(defaultSeedsDir, 'gazetteer', 'locations.json'), 'utf8')) as Array<{ id: string; kind: string; parent: string | null; point: { lat: number; lon: number } | null }>;
  const byId = new Map(locations.map((l) => [l.id, l]));
  const inCountry = (l: { parent: string | null }, country: string): boolean => (l.parent === null ? false : l.parent === country || inCountry(byId.get(l.parent)!, country));
  const belgian = locations.filter((l) => l.kind === 'municipality' && inCountry(l, 'belgie'));
  t.ok(belgian.length > 500, `${belgian.length} Belgian municipalities`);
  t.ok(belgian.every((l) => l.point), 'each with a point');
  // Baarle-Hertog is an enclave in the Netherlands: the 1:50m outline has no enclaves.
  const outside = belgian.filter((l) => !inBelgium(l.point!.lon, l.point!.lat)).map((l) => l.id);
  t.same(outside, ['baarle-hertog'], 'every point inside Belgium (latitude and longitude not swapped, no typo)');
});

t.test('on the seed corpus: every place with measures is a dot or named; a city shows its police zone', async (t) => {
  const app = await seedApp(t);
  const places = app.db.$client
    .prepare('SELECT DISTINCT c.id FROM measure_locations ml JOIN location_ancestors la ON la.location_id = ml.location_id JOIN locations c ON c.id = la.ancestor_id AND c.kind = \'municipality\'')
    .pluck()
    .all() as string[];
  const home = await app.inject('/');
  const { document } = parseHTML(home.body);
  const linked = new Set([...document.querySelectorAll('figure.map a')].map((a) => a.getAttribute('href')));
  t.ok(places.length >= 2);
  for (const place of places) t.ok(linked.has(`/browse/locations/${place}`), `${place}: on the map or in its caption`);
  const gentPage = parseHTML((await app.inject('/browse/locations/gent')).body).document;
  const zone = [...gentPage.querySelectorAll('dl.meta dt')].find((dt) => dt.textContent === 'Politiezone');
  t.match(zone?.nextElementSibling.querySelector('a')?.getAttribute('href'), /^\/browse\/actors\//, 'the police zone serving Ghent, linked');
  t.ok(gentPage.querySelector('figure.map a[aria-current="page"][href="/browse/locations/gent"]'), 'Ghent on its map');
});
