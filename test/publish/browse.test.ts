import t from 'tap';
import { fixture, fixtureApp } from '../helpers/fixture-db.js';

t.test('the browse pages', async (t) => {
  const app = await fixtureApp();
  const get = async (url: string, status = 200) => {
    const res = await app.inject({ url });
    t.equal(res.statusCode, status, url);
    t.match(res.headers['content-type'], /^text\/html/);
    return res.body;
  };

  const home = await get('/');
  t.match(home, /<html lang="nl">/);
  t.match(home, /<header class="site">[\s\S]*<nav aria-label="Hoofdmenu">/, 'landmarks');
  t.match(home, /<main id="inhoud"/);
  t.match(home, /<a href="\/browse\/locations\/gent"><strong>Gent<\/strong><\/a>/, 'pick a city');
  t.match(home, /<a href="\/browse\/locations\/aalst"><strong>Aalst<\/strong><\/a>/);
  t.match(home, /<label for="q">[\s\S]*<input id="q" name="q" type="search"/, 'labelled search box');
  for (const link of ['/docs', '/graphiql', '/catalog', '/v1/dump.sqlite', '/v1/measures.csv', '/v1/measures.ndjson']) t.match(home, `href="${link}"`, link);
  t.match(home, /:focus-visible/, 'focus styles');

  const gent = await get('/browse/locations/gent');
  t.match(gent, /<h1>Gent<\/h1>/);
  t.match(gent, /href="\/browse\/programmes\/gent-bestuursakkoord"/, "the city's programmes");

  const programme = await get('/browse/programmes/gent-bestuursakkoord');
  t.match(programme, `<li id="m-${fixture.measures.staffing!.id}">`);
  t.match(programme, `<a href="/embed/figures/${fixture.figures.change!.id}"><mark title="155 personeelsleden">van 120 naar 155 personeelsleden</mark></a>`, 'figures highlighted, linked to their cards');
  t.match(programme, /<ul class="chips" aria-label="Thema’s">/, 'themes');

  const document = await get(`/browse/documents/${fixture.docs.gentAkkoord!.id}`);
  t.match(document, `<a href="/embed/figures/${fixture.figures.partners!.id}"><mark title="17 partners">17 andere partners</mark></a>`);

  const actor = app.db.$client.prepare('SELECT actor_id FROM measure_actors LIMIT 1').pluck().get() as string;
  const actorPage = await get(`/browse/actors/${actor}`);
  t.match(actorPage, /<ol class="measures">/, 'measures naming the actor');

  const search = await get('/browse/search?q=camera');
  t.match(search, /resultaten voor “camera”/);
  t.match(search, /Molenstraat/, 'Ghent camera measure');
  t.match(search, /Oostwijk/, 'Aalst camera measure');
  t.match(search, /<mark>camera/);
  await get('/browse/search');
  t.match(await get('/browse/search?q=%22(%22', 400), /role="alert"/, 'no words: a message, not a crash');
  t.match(await get('/browse/programmes/nope', 404), /Niet gevonden/);
});

t.test('page text is escaped', async (t) => {
  const app = await fixtureApp();
  const res = await app.inject({ url: '/browse/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E' });
  t.notMatch(res.body, '<script>alert(1)</script>');
  t.match(res.body, '&lt;script&gt;alert(1)&lt;/script&gt;');
  t.notMatch(res.body, /<script/, 'pages carry no script at all');
});
