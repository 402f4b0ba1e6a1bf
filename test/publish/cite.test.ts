import t from 'tap';
import { bibtex, citableMeasure } from '../../src/publish/citation.js';
import { measureView } from '../../src/publish/records.js';
import { fixture, fixtureApp } from '../helpers/fixture-db.js';

const FIGURE = fixture.figures.change!.id;
const UNDATED = fixture.figures.rechercheurs!.id;
const MEASURE = fixture.measures.staffing!.id;
const DOCUMENT_TITLE = 'Bestuursakkoord Gent 2019-2024: samen veilig';

t.test('figure citations in CSL-JSON, BibTeX and plain text', async (t) => {
  const app = await fixtureApp();
  const version = app.db.$client.prepare("SELECT value FROM meta WHERE key = 'version'").pluck().get() as string;
  const url = `/v1/figures/${FIGURE}/cite`;

  const csl = await app.inject({ url });
  t.equal(csl.statusCode, 200);
  t.match(csl.headers['content-type'], /^application\/vnd\.citationstyles\.csl\+json/);
  const [item] = csl.json();
  t.match(item, { type: 'dataset', 'original-title': DOCUMENT_TITLE, version, abstract: 'van 120 naar 155 personeelsleden', 'original-publisher': 'Stad Gent' });
  t.same(item['original-date'], { 'date-parts': [[2019, 1]] }, 'the stated date, at its precision');
  t.match(item.URL, new RegExp(`/v1/figures/${FIGURE}$`));
  t.notOk('author' in item || 'original-author' in item, 'no invented author');
  const [undated] = (await app.inject({ url: `/v1/figures/${UNDATED}/cite` })).json();
  t.equal(undated['original-title'], 'Groen Gent: veiligheid in je buurt (deel 1)');
  t.notOk('original-date' in undated, 'the document states no date, so none is given');

  for (const request of [{ url, headers: { accept: 'application/x-bibtex' } }, { url: `${url}?format=bibtex` }]) {
    const bib = await app.inject(request);
    t.equal(bib.statusCode, 200);
    t.match(bib.headers['content-type'], /^application\/x-bibtex/);
    t.match(bib.body, `@misc{blauwdruk-${FIGURE},`);
    t.ok(bib.body.startsWith('@misc{'));
    t.match(bib.body, `version = {${version}}`);
    t.match(bib.body, DOCUMENT_TITLE);
    t.match(bib.body, "``van 120 naar 155 personeelsleden''");
  }

  for (const request of [{ url, headers: { accept: 'text/plain' } }, { url: `${url}?format=text` }]) {
    const text = await app.inject(request);
    t.match(text.headers['content-type'], /^text\/plain/);
    t.match(text.body, '“van 120 naar 155 personeelsleden”');
    t.match(text.body, 'Stad Gent, januari 2019');
    t.match(text.body, DOCUMENT_TITLE);
    t.match(text.body, `datasetversie ${version}`);
  }
});

t.test('measure citations, escaping and errors', async (t) => {
  const app = await fixtureApp();
  const csl = await app.inject({ url: `/v1/measures/${MEASURE}/cite` });
  t.equal(csl.statusCode, 200);
  t.match(csl.json()[0].abstract, /van 120 naar 155 personeelsleden/);
  const { document, measure } = measureView(app.db, MEASURE);
  const tricky = citableMeasure({ document, measure: { ...measure, text: '50% & {meer} agenten_x #1 ~ ^ \\' }, figures: [] }, { record: 'u', document: 'd' }, { version: 'v', builtAt: '' });
  t.match(bibtex(tricky), '50\\% \\& \\{meer\\} agenten\\_x \\#1 \\~{} \\^{} \\textbackslash{}', 'TeX specials escaped');
  t.notMatch(bibtex(tricky), /year =/, 'no year without a build date');
  t.equal((await app.inject({ url: '/v1/figures/nope/cite' })).statusCode, 404);
  const bad = await app.inject({ url: `/v1/figures/${FIGURE}/cite?format=ris` });
  t.equal(bad.statusCode, 400);
  t.equal(bad.json().parameter, 'format');
  t.equal((await app.inject({ url: `/v1/figures/${FIGURE}/cite?formaat=text` })).json().code, 'UNKNOWN_PARAMETER');
  t.equal((await app.inject({ url: `/v1/figures/${FIGURE}/cite`, headers: { accept: 'image/png' } })).statusCode, 406);
});
