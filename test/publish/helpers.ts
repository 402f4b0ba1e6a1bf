/** Shared helpers of the publishing tests: offline JSON-LD loading and RDF parsing. */
import rdf from '@zazuko/env-node';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import { contextDocument, contextPath } from '../../src/rest/jsonld.js';

/** A JSON-LD document loader that knows only this API's context and refuses the network. */
export const offlineLoader = async (url: string) => {
  if (url.endsWith(contextPath)) return { contextUrl: undefined, document: contextDocument, documentUrl: url };
  throw new Error(`offline test: refusing to load ${url}`);
};

/** JSON-LD → an RDF/JS dataset, through N-Quads. */
export async function jsonLdToDataset(document: object) {
  const nquads = (await jsonld.toRDF(document as jsonld.JsonLdDocument, { format: 'application/n-quads', documentLoader: offlineLoader as never })) as unknown as string;
  return turtleToDataset(nquads, 'N-Quads');
}

/** Turtle (or N-Quads) text → an RDF/JS dataset. */
export function turtleToDataset(text: string, format = 'text/turtle') {
  return rdf.dataset(new Parser({ format }).parse(text));
}
