import t from 'tap';
import { fixture, fixtureApp } from '../helpers/fixture-db.js';
import { getJson, walkPages } from './util.js';

const ids = (body: any) => body.data.map((r: any) => r.id);

/** The measures of the fixture's Ghent documents: every one of them, and no other, is tied to Ghent. */
const ghentMeasures = () => {
  const docs = new Set(['gentAkkoord', 'groenDeel1', 'groenDeel2'].map((k) => fixture.docs[k]!.id));
  return fixture.allMeasures.filter((id) => docs.has(`doc-${id.slice(2, 14)}`)).sort();
};

t.test('location=gent returns only Ghent measures, including those naming Rietwijk and the Molenstraat', async (t) => {
  const app = await fixtureApp();
  const inGent = new Set(ids((await getJson(app, '/v1/locations?location=gent&limit=500')).body));
  t.same([...inGent].sort(), ['gent', 'haven-gent', 'molenstraat', 'rietwijk'], 'the city and the places inside it');
  const { body } = await getJson(app, '/v1/measures?location=gent&limit=500&count=true');
  t.equal(body.total, 13);
  t.same(ids(body), ghentMeasures(), 'the measures of the Ghent documents');
  for (const m of body.data) t.ok(m.locations.some((l: any) => inGent.has(l.id)), `${m.id} is tied to Ghent or a place in it`);
  const named = body.data.filter((m: any) => /Rietwijk/.test(m.text) && /Molenstraat/.test(m.text));
  t.same(named.map((m: any) => m.id), [fixture.measures.camera!.id, fixture.measures.politiekantoor!.id], 'the two measures naming Rietwijk and the Molenstraat');
  t.same(named[0].locations.filter((l: any) => l.via === 'mention').map((l: any) => l.id).sort(), ['molenstraat', 'rietwijk']);
  t.same(named[1].locations.map((l: any) => [l.id, l.via]).sort(), [['gent', 'scope'], ['molenstraat', 'mention'], ['rietwijk', 'actor']], 'named, seat of a named actor, scope of the document');
  const aalst = await getJson(app, '/v1/measures?location=aalst&limit=500');
  t.equal(aalst.body.data.length, 96);
  t.notOk(aalst.body.data.some((m: any) => m.id === named[0].id), 'not in Aalst');
  const province = await getJson(app, '/v1/measures?location=oost-vlaanderen&limit=500&count=true');
  t.equal(province.body.total, 13 + 96, 'a province includes its two cities');
  const arrondissement = await getJson(app, '/v1/measures?location=arrondissement-aalst&limit=500');
  t.same(ids(arrondissement.body), ids(aalst.body), 'an arrondissement includes its towns and what lies in them');
  t.same(ids((await getJson(app, '/v1/measures?location=41000&limit=500')).body), ids(aalst.body), 'an arrondissement by its NIS code');
  const judicial = await getJson(app, '/v1/measures?location=gerechtelijk-arrondissement-oost-vlaanderen&limit=500&count=true');
  t.equal(judicial.body.total, 13 + 96, 'a judicial arrondissement includes what lies in the places it comprises');
});

t.test('location accepts an id, a NIS code or a name, and rejects unknown places', async (t) => {
  const app = await fixtureApp();
  const byId = ids((await getJson(app, '/v1/measures?location=gent&limit=500')).body);
  t.same(ids((await getJson(app, '/v1/measures?location=44021&limit=500')).body), byId, 'NIS code');
  t.same(ids((await getJson(app, '/v1/measures?location=Gent&limit=500')).body), byId, 'name');
  const unknown = await getJson(app, '/v1/measures?location=atlantis');
  t.equal(unknown.res.statusCode, 400);
  t.match(unknown.body, { code: 'INVALID_PARAMETER', parameter: 'location' });
});

t.test('measure filters', async (t) => {
  const app = await fixtureApp();
  const check = async (query: string, predicate: (m: any) => boolean, min = 1) => {
    const { res, body } = await getJson(app, `/v1/measures?${query}&limit=500`);
    t.equal(res.statusCode, 200, query);
    t.ok(body.data.length >= min, `${query}: ${body.data.length} results`);
    t.ok(body.data.every(predicate), `${query}: every result matches`);
    return body.data;
  };
  await check('theme=cameratoezicht', (m) => m.themes.some((x: any) => x.id === 'cameratoezicht'));
  const news = fixture.docs.drugsNieuws!.id;
  const groen1 = fixture.docs.groenDeel1!.id;
  t.equal((await check('actor=douane', (m) => m.actors.some((x: any) => x.id === 'douane'), 4)).length, 4);
  t.equal((await check('programme=federaal-drugsplan', (m) => m.programme?.id === 'federaal-drugsplan')).length, 4);
  t.equal((await check(`document=${groen1}`, (m) => m.document.id === groen1)).length, 4);
  t.equal((await check('statementKind=commitment', (m) => m.statementKind === 'commitment', 100)).length, 102);
  t.equal((await check('statementKind=question', (m) => m.statementKind === 'question')).length, 1);
  const groen = await check('issuer=groen', (m) => m.programme?.id === 'groen-gent-programma');
  t.same([...new Set(groen.map((m: any) => m.document.id))].sort(), [groen1, fixture.docs.groenDeel2!.id].sort());
  t.equal((await check('kind=news_article', (m) => m.document.id === news)).length, 4);
  t.equal((await check('dateFrom=2018&dateTo=2018-03', (m) => m.document.id === news)).length, 4);
  t.equal((await getJson(app, '/v1/measures?dateTo=2017')).body.data.length, 0);
  const camera = await check('q=camera', (m) => /camera/i.test(m.text) || /camera/i.test(m.section ?? ''), 5);
  t.same(ids({ data: camera }).sort(), ['camera', 'anpr', 'groenCamera', 'douaneCameras', 'aalstCamera'].map((k) => fixture.measures[k]!.id).sort(), 'every camera measure, "camera’s" and "ANPR-camera’s" included');
  const combined = await check('q=camera&location=gent&statementKind=commitment', (m) => m.document.id === fixture.docs.gentAkkoord!.id && m.statementKind === 'commitment');
  t.equal(combined.length, 2);
  const onlyGent = await getJson(app, '/v1/measures?q=camera&location=gent&limit=500');
  t.equal(onlyGent.body.data.length, 3);
  t.ok(combined.length < onlyGent.body.data.length, 'filters combine (AND)');
  for (const [query, parameter] of [['theme=nope', 'theme'], ['statementKind=promise', 'statementKind'], ['dateFrom=2018-13', 'dateFrom'], ['dateTo=yesterday', 'dateTo'], ['actor=', 'actor']] as const) {
    const { res, body } = await getJson(app, `/v1/measures?${query}`);
    t.equal(res.statusCode, 400, query);
    t.match(body, { code: 'INVALID_PARAMETER', parameter }, query);
  }
});

t.test('figure filters: unit, value range, reference date, kind, document, location', async (t) => {
  const app = await fixtureApp();
  const values = async (query: string) => (await getJson(app, `/v1/figures?${query}&limit=500`)).body.data;
  const numeric = (a: number, b: number) => a - b;
  t.same((await values('unit=personeelsleden')).map((f: any) => f.value).sort(numeric), [85, 155]);
  t.same((await values('valueMin=5&valueMax=10')).map((f: any) => f.value).sort(numeric), [6, 8]);
  t.same((await values('valueMin=100&valueMax=1000')).map((f: any) => f.value), [155]);
  t.same((await values('unit=personeelsleden&valueMin=100')).map((f: any) => f.value), [155]);
  t.same((await values('unit=EUR')).map((f: any) => f.value).sort(numeric), [250000, 5000000, 5000000], 'money in its ISO 4217 unit (the headline\'s amount and its measure\'s)');
  t.same((await values('dateFrom=2019')).map((f: any) => f.referenceDate).sort(), ['2019-12-31', '2024']);
  t.same((await values('dateTo=2017')).map((f: any) => f.quote), ['40 kilo cocaïne']);
  t.same((await values('dateFrom=2018-03&dateTo=2018-03')).map((f: any) => f.quote), ['5 miljoen euro'], 'a day inside a month');
  t.same((await values('kind=percentage')).map((f: any) => f.unit), ['%']);
  t.same((await values('kind=fraction')).map((f: any) => f.value), [0.3]);
  const news = fixture.docs.drugsNieuws!.id;
  const inNews = await values(`document=${news}`);
  t.ok(inNews.length === 4 && inNews.every((f: any) => f.document.id === news), 'its headline\'s figure and its measures\'');
  t.same((await values('location=gent')).map((f: any) => f.unit).sort(), ['%', 'camera’s', 'km/u', 'partners', 'personeelsleden', 'rechercheurs', 'wijkagenten']);
  t.same((await values('location=rietwijk')).map((f: any) => f.quote), ['8 extra rechercheurs', 'maximaal 30 km per uur'], 'figures of the measures of a district and its streets');
  t.same((await values('q=personeelsleden')).map((f: any) => f.value).sort(numeric), [85, 155]);
  const bad = await getJson(app, '/v1/figures?valueMin=lots');
  t.match(bad.body, { status: 400, code: 'INVALID_PARAMETER', parameter: 'valueMin' });
});

t.test('document, programme, actor and location filters', async (t) => {
  const app = await fixtureApp();
  const doc = (key: string) => fixture.docs[key]!.id;
  const sorted = async (url: string) => ids((await getJson(app, url)).body).sort();
  t.same(await sorted('/v1/documents?location=gent'), [doc('gentAkkoord'), doc('groenDeel1'), doc('groenDeel2')].sort());
  t.equal((await sorted('/v1/documents?location=oost-vlaanderen')).length, 5, 'scopes inside the province');
  t.same(await sorted('/v1/documents?location=kerkplein'), [], 'the scope, not every place named');
  t.same(await sorted('/v1/documents?issuer=groen'), [doc('groenDeel1'), doc('groenDeel2')].sort());
  t.same(ids((await getJson(app, '/v1/documents?kind=news_article')).body), [doc('drugsNieuws')]);
  t.same(ids((await getJson(app, '/v1/documents?dateFrom=2018-01&dateTo=2018')).body), [doc('drugsNieuws')]);
  t.same(ids((await getJson(app, '/v1/documents?dateFrom=2019-06')).body), [doc('aalstNota')]);
  t.same(ids((await getJson(app, '/v1/documents?programme=federaal-drugsplan')).body), [doc('drugsNieuws')]);
  t.same(await sorted('/v1/documents?theme=cameratoezicht'), [doc('gentAkkoord'), doc('groenDeel1'), doc('drugsNieuws'), doc('aalstNota')].sort());
  t.same(ids((await getJson(app, '/v1/documents?actor=douane')).body), [doc('drugsNieuws')]);
  t.same(ids((await getJson(app, '/v1/programmes?location=gent')).body), ['gent-bestuursakkoord', 'groen-gent-programma']);
  t.same(ids((await getJson(app, '/v1/programmes?kind=coalition_agreement')).body), ['gent-bestuursakkoord']);
  t.same(ids((await getJson(app, '/v1/programmes?issuer=groen')).body), ['groen-gent-programma']);
  const parties = (await getJson(app, '/v1/actors?kind=party&limit=500')).body.data;
  t.same(ids({ data: parties }), ['groen', 'vooruit']);
  const ghentActors = (await getJson(app, '/v1/actors?location=gent&limit=500')).body.data;
  t.ok(ghentActors.some((a: any) => a.id === 'politiezone-gent'));
  t.notOk(ghentActors.some((a: any) => a.id === 'politiezone-aalst'));
  const districts = (await getJson(app, '/v1/locations?parent=gent&kind=district&limit=500')).body.data;
  t.same(ids({ data: districts }), ['rietwijk']);
  t.ok(districts.every((l: any) => l.kind === 'district' && l.parent.id === 'gent'));
});

t.test('q on programmes, actors, places and themes: names and aliases, stemmed and accent-folded', async (t) => {
  const app = await fixtureApp();
  const found = async (url: string) => ids((await getJson(app, `${url}&limit=500`)).body);
  const police = (await getJson(app, '/v1/actors?q=politie&limit=500')).body.data;
  t.same(ids({ data: police }).sort(), ['federale-politie', 'lokale-politie', 'politiezone-aalst', 'politiezone-gent']);
  for (const a of police) t.match([a.name, ...a.aliases, a.role ?? ''].join(' '), /politie/i, `${a.id} is named politie`);
  t.ok((await found('/v1/actors?q=politie')).includes('federale-politie'));
  t.ok((await found('/v1/actors?q=gentse%20politie')).includes('politiezone-gent'), 'by an alias, every word required');
  t.notOk((await found('/v1/actors?q=gentse%20politie')).includes('politiezone-aalst'));
  t.ok((await found('/v1/locations?q=liege')).includes('luik'), 'accents folded');
  t.ok((await found('/v1/locations?q=Luikse')).includes('luik'), 'by an alias');
  t.same(await found('/v1/locations?q=haven&kind=site'), ['haven-gent'], 'combines with kind');
  t.same(await found('/v1/locations?q=haven&kind=district'), []);
  t.same(await found('/v1/themes?q=videobewaking'), ['cameratoezicht'], 'by a cue word');
  t.same(await found('/v1/themes?q=Camera%20Surveillance'), ['cameratoezicht'], 'by the English label');
  t.same((await found('/v1/programmes?q=veiligheid')).sort(), ['aalst-beleidsnota', 'groen-gent-programma']);
  const search = await getJson(app, '/v1/search?q=politie&limit=500');
  t.ok(search.body.data.length > 0);
  t.ok(search.body.data.every((h: any) => ['measure', 'figure', 'document'].includes(h.type)), '/v1/search keeps to its three types');
  t.same(await found('/v1/actors?q=%22politie%20OR'), await found('/v1/actors?q=politie%20or'), 'FTS syntax is searched as words');
});

t.test('theme, actor, programme and document filters on the reference collections agree with the measures', async (t) => {
  const app = await fixtureApp();
  const found = async (url: string) => ids((await getJson(app, `${url}${url.includes('?') ? '&' : '?'}limit=500`)).body).sort();
  const measures = async (filter: string) => (await getJson(app, `/v1/measures?${filter}&limit=500`)).body.data;
  const linked = (records: any[], key: string) => [...new Set(records.flatMap((m) => m[key].map((x: any) => x.id)))].sort();
  for (const filter of ['location=gent', 'location=aalst', 'actor=douane', 'programme=gent-bestuursakkoord', `document=${fixture.docs.drugsNieuws!.id}`]) {
    const expected = linked(await measures(filter), 'themes');
    t.ok(expected.length > 0, `${filter} has themed measures`);
    t.same(await found(`/v1/themes?${filter}`), expected, `themes?${filter} are the themes of measures?${filter}`);
  }
  for (const theme of ['cameratoezicht', 'drugs']) {
    const themed = await measures(`theme=${theme}`);
    t.same(await found(`/v1/actors?theme=${theme}`), linked(themed, 'actors'), `actors?theme=${theme}`);
    t.same(await found(`/v1/locations?theme=${theme}`), linked(themed, 'locations'), `locations?theme=${theme}`);
    t.same(await found(`/v1/programmes?theme=${theme}`), [...new Set(themed.map((m: any) => m.programme?.id).filter(Boolean))].sort(), `programmes?theme=${theme}`);
  }
  const inProgramme = new Set<string>();
  for (const doc of await found('/v1/documents?programme=gent-bestuursakkoord')) for (const a of await found(`/v1/actors?document=${doc}`)) inProgramme.add(a);
  t.same(await found('/v1/actors?programme=gent-bestuursakkoord'), [...inProgramme].sort(), 'actors named in the programme\'s documents');
  t.same(await found(`/v1/locations?document=${fixture.docs.gentAkkoord!.id}`), ['gent', 'haven-gent', 'molenstraat', 'rietwijk']);
  const unknown = await getJson(app, '/v1/themes?actor=nobody');
  t.match(unknown.body, { status: 400, code: 'INVALID_PARAMETER', parameter: 'actor' });
});

t.test('sort: whitelisted fields, "-" for descending, unknown fields rejected', async (t) => {
  const app = await fixtureApp();
  const values = (await getJson(app, '/v1/figures?sort=-value&limit=500')).body.data.map((f: any) => f.value);
  t.same(values, [...values].sort((a: number, b: number) => b - a));
  const names = (await getJson(app, '/v1/actors?sort=name&limit=500')).body.data.map((a: any) => a.name);
  t.same(names, [...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
  const bad = await getJson(app, '/v1/measures?sort=text');
  t.match(bad.body, { status: 400, code: 'INVALID_PARAMETER', parameter: 'sort' });
  t.match(bad.body.detail, /sortable fields: id, document, ordinal, statementKind/);
});

t.test('keyset pagination: next link, Link header, whole set without duplicates', async (t) => {
  const app = await fixtureApp();
  const all = (await getJson(app, '/v1/measures?limit=500')).body.data.map((m: any) => m.id);
  for (const url of ['/v1/measures?limit=7', '/v1/measures?limit=13&sort=-statementKind,ordinal', '/v1/figures?limit=3&sort=unit,-value', '/v1/measures?limit=10&location=gent']) {
    const { records, pages } = await walkPages(app, url);
    const seen = records.map((r) => r.id);
    t.equal(new Set(seen).size, seen.length, `${url}: no duplicates`);
    if (url.startsWith('/v1/measures?limit=7') || url.includes('statementKind')) t.same([...seen].sort(), [...all].sort(), `${url}: the whole set`);
    t.ok(pages > 1, `${url}: ${pages} pages`);
  }
  const first = await getJson(app, '/v1/measures?limit=5');
  t.equal(first.res.headers.link, `<${first.body.next}>; rel="next"`);
  const last = await getJson(app, '/v1/measures?limit=500');
  t.equal(last.body.next, null);
  t.notOk(last.res.headers.link);
});

t.test('limit and cursor errors', async (t) => {
  const app = await fixtureApp();
  for (const limit of ['0', '501', 'ten', '2.5']) {
    const { res, body } = await getJson(app, `/v1/measures?limit=${limit}`);
    t.equal(res.statusCode, 400, `limit=${limit}`);
    t.match(body, { code: 'INVALID_PARAMETER', parameter: 'limit' });
  }
  t.equal((await getJson(app, '/v1/measures')).body.data.length, 50, 'default limit 50');
  const next = (await getJson(app, '/v1/measures?limit=2')).body.next as string;
  const cursor = new URL(next).searchParams.get('cursor')!;
  const other = await getJson(app, `/v1/measures?limit=2&sort=ordinal&cursor=${cursor}`);
  t.match(other.body, { status: 400, code: 'INVALID_CURSOR', parameter: 'cursor' }, 'a cursor is bound to its sort');
  for (const bad of ['garbage!', Buffer.from('{"s":"id","k":[{}]}').toString('base64url'), Buffer.from('[1]').toString('base64url')]) {
    const { res, body } = await getJson(app, `/v1/measures?cursor=${encodeURIComponent(bad)}`);
    t.equal(res.statusCode, 400);
    t.equal(body.code, 'INVALID_CURSOR');
  }
});

t.test('count and facets over the filtered set', async (t) => {
  const app = await fixtureApp();
  const { body } = await getJson(app, '/v1/measures?location=gent&facet=theme,location,actor&count=true&limit=1');
  t.equal(body.data.length, 1);
  t.equal(body.total, 13);
  const camera = body.facets.theme.find((f: any) => f.value === 'cameratoezicht');
  t.same(camera, { value: 'cameratoezicht', name: 'Cameratoezicht', count: (await getJson(app, '/v1/measures?location=gent&theme=cameratoezicht&count=true')).body.total });
  t.equal(camera.count, 3);
  t.same(body.facets.theme.find((f: any) => f.value === 'wijkwerking'), { value: 'wijkwerking', name: 'Wijkwerking en gemeenschapsgerichte politiezorg', count: 5 });
  t.ok(body.facets.location.some((f: any) => f.value === 'molenstraat' && f.count === 3));
  t.ok(body.facets.actor.some((f: any) => f.value === 'politiezone-gent' && f.count === 4));
  const counts = body.facets.theme.map((f: any) => f.count);
  t.same(counts, [...counts].sort((a: number, b: number) => b - a), 'most frequent first');
  t.notOk((await getJson(app, '/v1/measures?limit=1')).body.total, 'no total unless asked');
  const units = (await getJson(app, '/v1/figures?facet=unit')).body.facets.unit;
  t.same(units.find((u: any) => u.value === 'personeelsleden'), { value: 'personeelsleden', name: 'personeelsleden', count: 2 });
  const bad = await getJson(app, '/v1/measures?facet=theme,colour');
  t.match(bad.body, { status: 400, code: 'INVALID_PARAMETER', parameter: 'facet' });
  t.equal((await getJson(app, '/v1/themes?facet=kind')).body.code, 'UNKNOWN_PARAMETER', 'themes have no facets');
});

t.test('unknown query parameters are a 400 that names them', async (t) => {
  const app = await fixtureApp();
  const { res, body } = await getJson(app, '/v1/measures?locatoin=gent');
  t.equal(res.statusCode, 400);
  t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
  t.match(body, { type: '/problems/unknown-parameter', title: 'Unknown query parameter', status: 400, code: 'UNKNOWN_PARAMETER', parameter: 'locatoin', instance: '/v1/measures?locatoin=gent' });
  t.match(body.detail, /"locatoin"/);
  t.match(body.detail, /location/, 'lists the known parameters');
  const search = await getJson(app, '/v1/search?q=camera&typ=measure');
  t.match(search.body, { code: 'UNKNOWN_PARAMETER', parameter: 'typ' });
  const csv = await getJson(app, '/v1/figures.csv?units=%25');
  t.match(csv.body, { code: 'UNKNOWN_PARAMETER', parameter: 'units' });
});

t.test('facets of the unfiltered set count every record, as a tally of the records themselves does', async (t) => {
  const app = await fixtureApp();
  const { body } = await getJson(app, '/v1/measures?facet=theme,location,actor,document&limit=1');
  const { records } = await walkPages(app, '/v1/measures?limit=500');
  const tally = (ids: (m: any) => string[]) => {
    const counts = new Map<string, number>();
    for (const m of records) for (const id of ids(m)) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  };
  const expected = {
    theme: tally((m) => m.themes.map((x: any) => x.id)),
    location: tally((m) => m.locations.map((x: any) => x.id)),
    actor: tally((m) => m.actors.map((x: any) => x.id)),
    document: tally((m) => [m.document.id]),
  };
  for (const [name, counts] of Object.entries(expected)) {
    const got = new Map((body.facets[name] as any[]).map((f) => [f.value, f.count]));
    t.same(got, new Map([...counts].filter(([value]) => got.has(value))), `${name}: the counts of a tally`);
    t.equal(got.size, Math.min(counts.size, 100), `${name}: every value (up to the facet limit)`);
  }
});
