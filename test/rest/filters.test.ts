import t from 'tap';
import { seedApp } from '../helpers/dataset.js';
import { getJson, walkPages } from './util.js';

const ids = (body: any) => body.data.map((r: any) => r.id);

t.test('location=gent returns only Ghent measures, including those naming Zuidbuurt and Overpoortstraat', async (t) => {
  const app = await seedApp(t);
  const inGent = new Set(ids((await getJson(app, '/v1/locations?location=gent&limit=500')).body));
  t.ok(inGent.has('gent') && inGent.has('zuidbuurt') && inGent.has('overpoortstraat'));
  const { body } = await getJson(app, '/v1/measures?location=gent&limit=500&count=true');
  t.ok(body.total > 10);
  for (const m of body.data) t.ok(m.locations.some((l: any) => inGent.has(l.id)), `${m.id} is tied to Ghent or a place in it`);
  t.notOk(body.data.some((m: any) => m.locations.some((l: any) => l.id === 'antwerpen') && !m.locations.some((l: any) => inGent.has(l.id))));
  const named = body.data.filter((m: any) => /Zuidbuurt/.test(m.text) && /Overpoortstraat/.test(m.text));
  t.equal(named.length, 1, 'the camera measure naming Zuidbuurt and the Overpoortstraat');
  t.same(named[0].locations.filter((l: any) => l.via === 'mention').map((l: any) => l.id).sort(), ['overpoortstraat', 'zuidbuurt']);
  const antwerp = await getJson(app, '/v1/measures?location=antwerpen&limit=500');
  t.notOk(antwerp.body.data.some((m: any) => m.id === named[0].id), 'not in Antwerp');
});

t.test('location accepts an id, a NIS code or a name, and rejects unknown places', async (t) => {
  const app = await seedApp(t);
  const byId = ids((await getJson(app, '/v1/measures?location=gent&limit=500')).body);
  t.same(ids((await getJson(app, '/v1/measures?location=44021&limit=500')).body), byId, 'NIS code');
  t.same(ids((await getJson(app, '/v1/measures?location=Gent&limit=500')).body), byId, 'name');
  const unknown = await getJson(app, '/v1/measures?location=atlantis');
  t.equal(unknown.res.statusCode, 400);
  t.match(unknown.body, { code: 'INVALID_PARAMETER', parameter: 'location' });
});

t.test('measure filters', async (t) => {
  const app = await seedApp(t);
  const check = async (query: string, predicate: (m: any) => boolean, min = 1) => {
    const { res, body } = await getJson(app, `/v1/measures?${query}&limit=500`);
    t.equal(res.statusCode, 200, query);
    t.ok(body.data.length >= min, `${query}: ${body.data.length} results`);
    t.ok(body.data.every(predicate), `${query}: every result matches`);
    return body.data;
  };
  await check('theme=cameratoezicht', (m) => m.themes.some((x: any) => x.id === 'cameratoezicht'));
  await check('actor=douane', (m) => m.actors.some((x: any) => x.id === 'douane'), 8);
  await check('programme=stroomplan', (m) => m.programme?.id === 'stroomplan');
  await check('document=doc-83930be07b5f', (m) => m.document.id === 'doc-83930be07b5f');
  await check('statementKind=commitment', (m) => m.statementKind === 'commitment', 100);
  const groen = await check('issuer=groen', (m) => m.programme?.id === 'groen-antwerpen-programma-veiligheid');
  t.same([...new Set(groen.map((m: any) => m.document.id))].sort(), ['doc-83930be07b5f', 'doc-fc58fbd9e9b8']);
  await check('kind=news_article', (m) => m.document.id === 'doc-ff570039c662');
  await check('dateFrom=2018&dateTo=2018-03', (m) => m.document.id === 'doc-ff570039c662');
  t.equal((await getJson(app, '/v1/measures?dateTo=2017')).body.data.length, 0);
  await check('q=camera', (m) => /camera/i.test(m.text) || /camera/i.test(m.section ?? ''), 4);
  const combined = await check('q=camera&location=gent&statementKind=commitment', (m) => m.document.id === 'doc-84c4ad5cf5a7' && m.statementKind === 'commitment');
  const onlyGent = await getJson(app, '/v1/measures?q=camera&location=gent&limit=500');
  t.ok(combined.length < onlyGent.body.data.length, 'filters combine (AND)');
  for (const [query, parameter] of [['theme=nope', 'theme'], ['statementKind=promise', 'statementKind'], ['dateFrom=2018-13', 'dateFrom'], ['dateTo=yesterday', 'dateTo'], ['actor=', 'actor']] as const) {
    const { res, body } = await getJson(app, `/v1/measures?${query}`);
    t.equal(res.statusCode, 400, query);
    t.match(body, { code: 'INVALID_PARAMETER', parameter }, query);
  }
});

t.test('figure filters: unit, value range, reference date, kind, document, location', async (t) => {
  const app = await seedApp(t);
  const values = async (query: string) => (await getJson(app, `/v1/figures?${query}&limit=500`)).body.data;
  t.same((await values('unit=personeelsleden')).map((f: any) => f.value).sort(), [462, 550]);
  t.same((await values('valueMin=100&valueMax=500')).map((f: any) => f.value).sort(), [312, 462]);
  t.same((await values('unit=personeelsleden&valueMin=500')).map((f: any) => f.value), [550]);
  t.same((await values('dateFrom=2023')).map((f: any) => f.referenceDate).sort(), ['2023', '2023-12-31']);
  t.same((await values('dateTo=2017')).map((f: any) => f.quote), ['40 ton cocaïne']);
  t.same((await values('kind=percentage')).map((f: any) => f.unit), ['%']);
  t.ok((await values('document=doc-ff570039c662')).every((f: any) => f.document.id === 'doc-ff570039c662'));
  t.same((await values('location=gent')).map((f: any) => f.unit), ['gemeenten']);
  t.same((await values('q=personeelsleden')).map((f: any) => f.value).sort(), [462, 550]);
  const bad = await getJson(app, '/v1/figures?valueMin=lots');
  t.match(bad.body, { status: 400, code: 'INVALID_PARAMETER', parameter: 'valueMin' });
});

t.test('document, programme, actor and location filters', async (t) => {
  const app = await seedApp(t);
  t.same(ids((await getJson(app, '/v1/documents?location=gent')).body), ['doc-84c4ad5cf5a7']);
  t.same(ids((await getJson(app, '/v1/documents?issuer=groen')).body).sort(), ['doc-83930be07b5f', 'doc-fc58fbd9e9b8']);
  t.same(ids((await getJson(app, '/v1/documents?kind=news_article')).body), ['doc-ff570039c662']);
  t.same(ids((await getJson(app, '/v1/documents?dateFrom=2018-01')).body), ['doc-ff570039c662']);
  t.same(ids((await getJson(app, '/v1/documents?programme=stroomplan')).body), ['doc-ff570039c662']);
  t.ok(ids((await getJson(app, '/v1/documents?theme=cameratoezicht')).body).includes('doc-84c4ad5cf5a7'));
  t.ok(ids((await getJson(app, '/v1/documents?actor=douane')).body).length >= 1);
  t.same(ids((await getJson(app, '/v1/programmes?location=gent')).body), ['gent-bestuursakkoord']);
  t.same(ids((await getJson(app, '/v1/programmes?kind=coalition_agreement')).body), ['gent-bestuursakkoord']);
  t.same(ids((await getJson(app, '/v1/programmes?issuer=groen')).body), ['groen-antwerpen-programma-veiligheid']);
  const parties = (await getJson(app, '/v1/actors?kind=party&limit=500')).body.data;
  t.ok(parties.length > 0 && parties.every((a: any) => a.kind === 'party'));
  const ghentActors = (await getJson(app, '/v1/actors?location=gent&limit=500')).body.data;
  t.ok(ghentActors.some((a: any) => a.id === 'politiezone-gent'));
  const districts = (await getJson(app, '/v1/locations?parent=gent&kind=district&limit=500')).body.data;
  t.ok(districts.length > 0 && districts.every((l: any) => l.kind === 'district' && l.parent.id === 'gent'));
});

t.test('q on programmes, actors, places and themes: names and aliases, stemmed and accent-folded', async (t) => {
  const app = await seedApp(t);
  const found = async (url: string) => ids((await getJson(app, `${url}&limit=500`)).body);
  const police = (await getJson(app, '/v1/actors?q=politie&limit=500')).body.data;
  t.ok(police.length >= 5);
  for (const a of police) t.match([a.name, ...a.aliases, a.role ?? ''].join(' '), /politie/i, `${a.id} is named politie`);
  t.ok((await found('/v1/actors?q=politie')).includes('federale-politie'));
  t.ok((await found('/v1/actors?q=gentse%20politie')).includes('politiezone-gent'), 'by an alias, every word required');
  t.notOk((await found('/v1/actors?q=gentse%20politie')).includes('politiezone-antwerpen'));
  t.ok((await found('/v1/locations?q=liege')).includes('luik'), 'accents folded');
  t.ok((await found('/v1/locations?q=Luikse')).includes('luik'), 'by an alias');
  t.same(await found('/v1/locations?q=haven&kind=site'), (await found('/v1/locations?kind=site')).filter((id: string) => id.startsWith('haven-')), 'combines with kind');
  t.same(await found('/v1/themes?q=videobewaking'), ['cameratoezicht'], 'by a cue word');
  t.same(await found('/v1/themes?q=Camera%20Surveillance'), ['cameratoezicht'], 'by the English label');
  t.ok((await found('/v1/programmes?q=veiligheid')).length >= 1);
  const search = await getJson(app, '/v1/search?q=politie&limit=500');
  t.ok(search.body.data.length > 0);
  t.ok(search.body.data.every((h: any) => ['measure', 'figure', 'document'].includes(h.type)), '/v1/search keeps to its three types');
  t.same(await found('/v1/actors?q=%22politie%20OR'), await found('/v1/actors?q=politie%20or'), 'FTS syntax is searched as words');
});

t.test('theme, actor, programme and document filters on the reference collections agree with the measures', async (t) => {
  const app = await seedApp(t);
  const found = async (url: string) => ids((await getJson(app, `${url}${url.includes('?') ? '&' : '?'}limit=500`)).body).sort();
  const measures = async (filter: string) => (await getJson(app, `/v1/measures?${filter}&limit=500`)).body.data;
  const linked = (records: any[], key: string) => [...new Set(records.flatMap((m) => m[key].map((x: any) => x.id)))].sort();
  for (const filter of ['location=gent', 'location=antwerpen', 'actor=douane', 'programme=gent-bestuursakkoord', 'document=doc-ff570039c662']) {
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
  t.same(await found('/v1/locations?document=doc-84c4ad5cf5a7'), ['gent', 'overpoortstraat', 'zuid-gent', 'zuidbuurt']);
  const unknown = await getJson(app, '/v1/themes?actor=nobody');
  t.match(unknown.body, { status: 400, code: 'INVALID_PARAMETER', parameter: 'actor' });
});

t.test('sort: whitelisted fields, "-" for descending, unknown fields rejected', async (t) => {
  const app = await seedApp(t);
  const values = (await getJson(app, '/v1/figures?sort=-value&limit=500')).body.data.map((f: any) => f.value);
  t.same(values, [...values].sort((a: number, b: number) => b - a));
  const names = (await getJson(app, '/v1/actors?sort=name&limit=500')).body.data.map((a: any) => a.name);
  t.same(names, [...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
  const bad = await getJson(app, '/v1/measures?sort=text');
  t.match(bad.body, { status: 400, code: 'INVALID_PARAMETER', parameter: 'sort' });
  t.match(bad.body.detail, /sortable fields: id, document, ordinal, statementKind/);
});

t.test('keyset pagination: next link, Link header, whole set without duplicates', async (t) => {
  const app = await seedApp(t);
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
  const app = await seedApp(t);
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
  const app = await seedApp(t);
  const { body } = await getJson(app, '/v1/measures?location=gent&facet=theme,location,actor&count=true&limit=1');
  t.equal(body.data.length, 1);
  t.ok(body.total > 1);
  const camera = body.facets.theme.find((f: any) => f.value === 'cameratoezicht');
  t.same(camera, { value: 'cameratoezicht', name: 'Cameratoezicht', count: (await getJson(app, '/v1/measures?location=gent&theme=cameratoezicht&count=true')).body.total });
  t.ok(body.facets.location.some((f: any) => f.value === 'zuidbuurt' && f.count === 1));
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
  const app = await seedApp(t);
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
