import t from 'tap';
import { listActors } from '../../src/queries/actors.js';
import { listDocuments } from '../../src/queries/documents.js';
import { countRecords, type Entity, type Page, type PageRequest } from '../../src/queries/entity.js';
import { listFigures } from '../../src/queries/figures.js';
import type { FilterValues } from '../../src/queries/filters.js';
import { listLocations } from '../../src/queries/locations.js';
import { listMeasures } from '../../src/queries/measures.js';
import { listProgrammes } from '../../src/queries/programmes.js';
import { search } from '../../src/queries/search.js';
import { listThemes } from '../../src/queries/themes.js';
import type { Db } from '../../src/db/client.js';
import { rootEntities } from '../../src/graphql/resolvers.js';
import { fixture, fixtureApp } from '../helpers/fixture-db.js';
import { data, gql, ids } from './helpers.js';

interface Case {
  field: string;
  /** The arguments as written in GraphQL. */
  args: string;
  /** The same filter as query-layer values. */
  filters: FilterValues;
  list(db: Db, filters: FilterValues, page: PageRequest): Page<{ id: string }>;
  sort?: string;
}

const doc = (key: string) => fixture.docs[key]!.id;

const cases: Case[] = [
  { field: 'measures', args: 'location: "gent"', filters: { location: 'gent' }, list: listMeasures },
  { field: 'measures', args: 'location: "44021"', filters: { location: 'gent' }, list: listMeasures },
  { field: 'measures', args: 'theme: "wijkwerking", statementKind: commitment', filters: { theme: 'wijkwerking', statementKind: 'commitment' }, list: listMeasures },
  { field: 'measures', args: 'actor: "parket"', filters: { actor: 'parket' }, list: listMeasures },
  { field: 'measures', args: 'programme: "gent-bestuursakkoord"', filters: { programme: 'gent-bestuursakkoord' }, list: listMeasures, sort: '-ordinal' },
  { field: 'measures', args: `document: "${doc('gentAkkoord')}", q: "camera"`, filters: { document: doc('gentAkkoord'), q: 'camera' }, list: listMeasures },
  { field: 'measures', args: 'issuer: "groen", kind: "election_programme"', filters: { issuer: 'groen', kind: 'election_programme' }, list: listMeasures },
  { field: 'measures', args: 'dateFrom: "2018", dateTo: "2018-03"', filters: { dateFrom: '2018', dateTo: '2018-03' }, list: listMeasures },
  { field: 'figures', args: 'unit: "personeelsleden", valueMin: 100', filters: { unit: 'personeelsleden', valueMin: 100 }, list: listFigures },
  { field: 'figures', args: 'kind: count, valueMax: 100', filters: { kind: 'count', valueMax: 100 }, list: listFigures, sort: '-value' },
  { field: 'figures', args: 'location: "aalst"', filters: { location: 'aalst' }, list: listFigures },
  { field: 'actors', args: 'kind: party', filters: { kind: 'party' }, list: listActors, sort: 'name' },
  { field: 'actors', args: 'parent: "magistratuur"', filters: { parent: 'magistratuur' }, list: listActors },
  { field: 'actors', args: `document: "${doc('gentAkkoord')}", location: "gent"`, filters: { document: doc('gentAkkoord'), location: 'gent' }, list: listActors },
  { field: 'locations', args: 'location: "gent", kind: street', filters: { location: 'gent', kind: 'street' }, list: listLocations },
  { field: 'programmes', args: 'location: "aalst"', filters: { location: 'aalst' }, list: listProgrammes },
  { field: 'programmes', args: 'issuer: "stad-gent", kind: "coalition_agreement"', filters: { issuer: 'stad-gent', kind: 'coalition_agreement' }, list: listProgrammes },
  { field: 'documents', args: 'theme: "wijkwerking", programme: "gent-bestuursakkoord"', filters: { theme: 'wijkwerking', programme: 'gent-bestuursakkoord' }, list: listDocuments, sort: '-date' },
  { field: 'documents', args: 'q: "haven"', filters: { q: 'haven' }, list: listDocuments },
  { field: 'actors', args: 'q: "politie", theme: "drugs"', filters: { q: 'politie', theme: 'drugs' }, list: listActors },
  { field: 'actors', args: 'programme: "gent-bestuursakkoord"', filters: { programme: 'gent-bestuursakkoord' }, list: listActors },
  { field: 'locations', args: `q: "haven", document: "${doc('gentAkkoord')}"`, filters: { q: 'haven', document: doc('gentAkkoord') }, list: listLocations },
  { field: 'locations', args: 'theme: "cameratoezicht"', filters: { theme: 'cameratoezicht' }, list: listLocations },
  { field: 'programmes', args: 'q: "veiligheid", theme: "drugs"', filters: { q: 'veiligheid', theme: 'drugs' }, list: listProgrammes },
  { field: 'themes', args: 'location: "gent", actor: "politiezone-gent"', filters: { location: 'gent', actor: 'politiezone-gent' }, list: listThemes, sort: 'name' },
  { field: 'themes', args: 'programme: "federaal-drugsplan", q: "drugs"', filters: { programme: 'federaal-drugsplan', q: 'drugs' }, list: listThemes },
  { field: 'themes', args: `document: "${doc('groenDeel1')}"`, filters: { document: doc('groenDeel1') }, list: listThemes },
];

const entityOf = (field: string): Entity => Object.values(rootEntities).find((r) => r.entity.collection === field)!.entity;

t.test('list filters give what the query layer gives REST for the same filter', async (t) => {
  const app = await fixtureApp();
  for (const c of cases) {
    const sort = c.sort ? `, sort: "${c.sort}"` : '';
    const result = (await data(app, `{ ${c.field}(first: 100, ${c.args}${sort}) { totalCount nodes { id } } }`))[c.field];
    const expected = c.list(app.db, c.filters, { limit: 100, sort: c.sort });
    t.ok(expected.items.length > 0, `${c.field}(${c.args}) matches something`);
    t.same(ids(result), expected.items.map((r) => r.id), `${c.field}(${c.args}${sort})`);
    t.equal(result.totalCount, countRecords(app.db, entityOf(c.field), c.filters));
  }
});

t.test('search gives the ranked hits of the REST search', async (t) => {
  const app = await fixtureApp();
  const { search: hits } = await data(app, '{ search(q: "camera", type: measure) { totalCount nodes { type id score } } }');
  const expected = search(app.db, { q: 'camera', type: 'measure', limit: 20 });
  t.same(hits.nodes.map((h: any) => h.id), expected.items.map((h) => h.id));
  t.ok(hits.nodes.every((h: any) => h.type === 'measure'));
  t.equal(hits.totalCount, hits.nodes.length, 'fewer than a page: the total is the page');
});

t.test('bad filter values fail with the REST codes, naming the argument', async (t) => {
  const app = await fixtureApp();
  const expectError = async (query: string, code: string, parameter?: string) => {
    const { status, body } = await gql(app, query);
    t.equal(status, 200, 'an execution error, per the GraphQL-over-HTTP spec');
    t.match(body.errors, [{ extensions: { code, ...(parameter ? { parameter } : {}) } }], query);
  };
  await expectError('{ measures(location: "atlantis") { nodes { id } } }', 'INVALID_PARAMETER', 'location');
  await expectError('{ measures(theme: "nope") { nodes { id } } }', 'INVALID_PARAMETER', 'theme');
  await expectError('{ programmes(dateFrom: "March 2018") { nodes { id } } }', 'INVALID_PARAMETER', 'dateFrom');
  await expectError('{ measures(sort: "colour") { nodes { id } } }', 'INVALID_PARAMETER', 'sort');
  await expectError('{ measures(after: "garbage") { nodes { id } } }', 'INVALID_CURSOR', 'after');
  await expectError('{ search(q: "!!") { nodes { id } } }', 'INVALID_SEARCH');
  const { body } = await gql(app, '{ measures(statementKind: promise) { nodes { id } } }');
  t.match(body.errors, [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }], 'enum arguments are checked by the schema');
});
