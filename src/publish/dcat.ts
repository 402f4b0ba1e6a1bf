/**
 * The DCAT-AP 3.0 description of blauwdruk as JSON-LD with an inline context, so it is
 * processable offline. Every resource a DCAT-AP shape constrains by class carries that
 * class explicitly (licence, media types, locations…): validators check `sh:class` against
 * the data graph alone, with no vocabulary lookups.
 */
import { entityCollections } from '../queries/dataset.js';
import { apiPath, exportUrl, recordUrl } from '../urls.js';
import type { CatalogFacts } from '../queries/publish/catalog.js';
import type { DumpFile } from './dump-file.js';
import { dataLicence } from './licence.js';

type Node = Record<string, unknown>;

const context = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  spdx: 'http://spdx.org/rdf/terms#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

/** Prefixes for the Turtle rendering, the same as the JSON-LD context's. */
export const catalogPrefixes = context;

const EU = 'http://publications.europa.eu/resource/authority';
const IANA = 'http://www.iana.org/assignments/media-types';

export interface CatalogInput {
  origin: string;
  version: string;
  /** When this build (and so its dump file) was made. */
  builtAt: string;
  /** When the data last changed: the last build that created, modified or deleted a record (dct:modified of catalogue and dataset). */
  modified: string;
  facts: CatalogFacts;
  dump: Pick<DumpFile, 'size'> & { sha256: string };
}

const ref = (iri: string, type: string, extra: Node = {}): Node => ({ '@id': iri, '@type': type, ...extra });
/** DCAT-AP 3.0.0 constrains access, download and endpoint URLs with `sh:class rdfs:Resource`. */
const resource = (url: string) => ref(url, 'rdfs:Resource');
const text = (nl: string, en: string) => [
  { '@value': nl, '@language': 'nl' },
  { '@value': en, '@language': 'en' },
];
const typed = (value: string, type: string) => ({ '@value': value, '@type': type });

const licence = () => ref(dataLicence.uri, 'dct:LicenseDocument', { 'dct:title': dataLicence.name });
const mediaType = (type: string) => ref(`${IANA}/${type}`, 'dct:MediaType');
const fileType = (code: string) => ref(`${EU}/file-type/${code}`, 'dct:MediaTypeOrExtent');

function publisher(origin: string): Node {
  return ref(`${origin}/catalog#publisher`, 'foaf:Agent', { 'foaf:name': 'blauwdruk' });
}

function period(facts: CatalogFacts): Node | undefined {
  if (!facts.period) return undefined;
  return {
    '@type': 'dct:PeriodOfTime',
    'dcat:startDate': typed(facts.period.start, 'xsd:date'),
    'dcat:endDate': typed(facts.period.end, 'xsd:date'),
  };
}

function places({ origin, facts }: CatalogInput): Node[] {
  return facts.cities.map((c) =>
    ref(recordUrl(origin, 'locations', c.id), 'dct:Location', {
      'skos:prefLabel': { '@value': c.name, '@language': 'nl' },
      ...(c.nisCode ? { 'dct:identifier': `NIS ${c.nisCode}` } : {}),
    }),
  );
}

function services({ origin }: CatalogInput): Node[] {
  const common = { 'dcat:servesDataset': { '@id': `${origin}/catalog#dataset` }, 'dct:license': licence() };
  return [
    ref(`${origin}/catalog#rest`, 'dcat:DataService', {
      'dct:title': text('blauwdruk REST-API', 'blauwdruk REST API'),
      'dct:description': text('JSON-API met filters, facetten, zoeken en CSV/NDJSON-exports.', 'JSON API with filters, facets, search and CSV/NDJSON exports.'),
      'dcat:endpointURL': resource(`${origin}${apiPath()}`),
      'dcat:endpointDescription': resource(`${origin}/openapi.json`),
      'dct:conformsTo': ref('https://spec.openapis.org/oas/v3.1.0', 'dct:Standard'),
      'dcat:landingPage': ref(`${origin}/docs`, 'foaf:Document'),
      ...common,
    }),
    ref(`${origin}/catalog#graphql`, 'dcat:DataService', {
      'dct:title': text('blauwdruk GraphQL-API', 'blauwdruk GraphQL API'),
      'dct:description': text(
        'Geneste queries over dezelfde gegevens; het schema is op te vragen via introspectie.',
        'Nested queries over the same data; the schema is available through introspection.',
      ),
      'dcat:endpointURL': resource(`${origin}/graphql`),
      'dcat:endpointDescription': resource(`${origin}/openapi.json`),
      'dct:conformsTo': ref('https://spec.graphql.org/', 'dct:Standard'),
      'dcat:landingPage': ref(`${origin}/graphiql`, 'foaf:Document'),
      ...common,
    }),
  ];
}

function distribution(origin: string, key: string, props: Node): Node {
  return ref(`${origin}/catalog#${key}`, 'dcat:Distribution', { 'dct:license': licence(), ...props });
}

function exports(origin: string): Node[] {
  return entityCollections.flatMap((c) => [
    distribution(origin, `${c}-csv`, {
      'dct:title': text(`${c} (CSV)`, `${c} (CSV)`),
      'dcat:accessURL': resource(exportUrl(origin, c, 'csv')),
      'dcat:downloadURL': resource(exportUrl(origin, c, 'csv')),
      'dcat:mediaType': mediaType('text/csv'),
      'dct:format': fileType('CSV'),
    }),
    distribution(origin, `${c}-ndjson`, {
      'dct:title': text(`${c} (NDJSON)`, `${c} (NDJSON)`),
      'dct:description': text('Eén JSON-record per regel.', 'One JSON record per line (newline-delimited JSON).'),
      'dcat:accessURL': resource(exportUrl(origin, c, 'ndjson')),
      'dcat:downloadURL': resource(exportUrl(origin, c, 'ndjson')),
      'dct:conformsTo': ref('https://github.com/ndjson/ndjson-spec', 'dct:Standard'),
    }),
  ]);
}

function distributions(input: CatalogInput): Node[] {
  const { origin, dump } = input;
  return [
    distribution(origin, 'api', {
      'dct:title': text('JSON-API', 'JSON API'),
      'dcat:accessURL': resource(`${origin}${apiPath()}`),
      'dcat:accessService': { '@id': `${origin}/catalog#rest` },
      'dcat:mediaType': mediaType('application/json'),
      'dct:format': fileType('JSON'),
    }),
    distribution(origin, 'sqlite', {
      'dct:title': text('Volledige SQLite-database', 'Complete SQLite database'),
      'dct:description': text('Het onveranderlijke databasebestand van deze versie.', 'The immutable database file of this version.'),
      'dcat:accessURL': resource(`${origin}${apiPath('dump.sqlite')}`),
      'dcat:downloadURL': resource(`${origin}${apiPath('dump.sqlite')}`),
      'dcat:mediaType': mediaType('application/vnd.sqlite3'),
      'dcat:byteSize': typed(String(dump.size), 'xsd:nonNegativeInteger'),
      'spdx:checksum': {
        '@type': 'spdx:Checksum',
        'spdx:algorithm': ref('spdx:checksumAlgorithm_sha256', 'spdx:ChecksumAlgorithm'),
        'spdx:checksumValue': typed(dump.sha256, 'xsd:hexBinary'),
      },
      'dct:modified': typed(input.builtAt, 'xsd:dateTime'),
    }),
    ...exports(origin),
  ];
}

function theme(): Node {
  return ref(`${EU}/data-theme/JUST`, 'skos:Concept', {
    'skos:prefLabel': text('Justitie, rechtsstelsel en openbare veiligheid', 'Justice, legal system and public safety'),
    'skos:inScheme': { '@id': `${EU}/data-theme` },
  });
}

function dataset(input: CatalogInput): Node {
  const { origin, facts } = input;
  const temporal = period(facts);
  return ref(`${origin}/catalog#dataset`, 'dcat:Dataset', {
    'dct:title': text('blauwdruk: lokaal veiligheids- en politiebeleid', 'blauwdruk: local safety and police policy'),
    'dct:description': text(
      'Maatregelen, cijfers, actoren, plaatsen en thema’s uit Nederlandstalige beleidsteksten over veiligheid en politie in Belgische steden, elk met de bron: document, positie en letterlijk citaat.',
      'Measures, figures, actors, locations and themes extracted from Dutch-language policy texts on safety and policing in Belgian cities, each with its provenance: document, offsets and exact quote.',
    ),
    'dct:publisher': publisher(origin),
    'dct:identifier': `blauwdruk@${input.version}`,
    'dcat:version': input.version,
    'dct:modified': typed(input.modified, 'xsd:dateTime'),
    'dct:language': ref(`${EU}/language/NLD`, 'dct:LinguisticSystem'),
    'dct:accessRights': ref(`${EU}/access-right/PUBLIC`, 'dct:RightsStatement'),
    'dct:spatial': places(input),
    ...(temporal ? { 'dct:temporal': temporal } : {}),
    'dcat:theme': theme(),
    'dcat:keyword': text('politie', 'police').concat(text('veiligheidsbeleid', 'safety policy')),
    'dcat:landingPage': ref(`${origin}/`, 'foaf:Document'),
    'dct:conformsTo': ref(`${origin}/openapi.json`, 'dct:Standard'),
    'dcat:distribution': distributions(input),
  });
}

/** The whole catalogue: catalogue → dataset → distributions, and the two data services. */
export function catalogDocument(input: CatalogInput): Node {
  const { origin, facts } = input;
  const temporal = period(facts);
  return {
    '@context': context,
    ...ref(`${origin}/catalog`, 'dcat:Catalog'),
    'dct:title': text('blauwdruk-catalogus', 'blauwdruk catalogue'),
    'dct:description': text(
      'Open data over lokaal veiligheids- en politiebeleid in Belgische steden, met API’s en volledige downloads.',
      'Open data on local safety and police policy in Belgian cities, with APIs and complete downloads.',
    ),
    'dct:publisher': publisher(origin),
    'foaf:homepage': ref(`${origin}/`, 'foaf:Document'),
    'dct:license': licence(),
    'dct:language': ref(`${EU}/language/NLD`, 'dct:LinguisticSystem'),
    'dct:spatial': places(input),
    ...(temporal ? { 'dct:temporal': temporal } : {}),
    'dct:modified': typed(input.modified, 'xsd:dateTime'),
    'dcat:themeTaxonomy': ref(`${EU}/data-theme`, 'skos:ConceptScheme', { 'dct:title': text('Datathema’s', 'Data themes') }),
    'dcat:dataset': dataset(input),
    'dcat:service': services(input),
  };
}
