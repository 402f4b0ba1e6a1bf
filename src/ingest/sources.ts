import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { z } from 'zod';
import type { FileIdentity } from './cache.js';
import { InputError } from './errors.js';
import { actorEntrySchema, commonWordSchema, locationEntrySchema, periodRunsBackward, periodsOverlap, themeEntrySchema, type Gazetteer, type Period } from './gazetteer.js';
import { formatPath, lineOfPath, parseJsonSource } from './json-source.js';
import { manifestSchema, statedFields, type Manifest, type ManifestDocument } from './manifest.js';

/** A seed document read, checked and decoded. */
export interface SourceDocument {
  entry: ManifestDocument;
  text: string;
  sha256: string;
}

/** Everything a build reads from the seeds folder, validated and cross-checked. */
export interface BuildInputs {
  manifest: Manifest;
  gazetteer: Gazetteer;
  documents: SourceDocument[];
  /** sha256 over every input byte, to tell whether a database is stale. */
  inputHash: string;
}

/** Reads a file or throws an {@link InputError} naming it. */
function readBytes(path: string, shown: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(shown, code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? (e as Error).message})`);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes strict UTF-8, naming the line of the first bad byte. */
export function decodeUtf8(bytes: Buffer, shown: string): string {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    let valid = bytes.length;
    for (let i = 0; i < bytes.length; i++) {
      try {
        utf8.decode(bytes.subarray(0, i + 1), { stream: true });
      } catch {
        valid = i;
        break;
      }
    }
    const line = bytes.subarray(0, valid).toString('latin1').split('\n').length;
    throw new InputError(shown, `not valid UTF-8 (bad byte near byte ${valid}); save the document as UTF-8`, line);
  }
}

/** Reads and decodes a plain-text document, refusing empty ones. */
export function readTextDocument(path: string, shown = path): string {
  const text = decodeUtf8(readBytes(path, shown), shown);
  if (text.trim() === '') throw new InputError(shown, 'the document is empty');
  return text;
}

/** The path of a corpus file as shown in messages: relative to the working directory. */
export const shownPath = (dir: string, name: string) => relative(process.cwd(), join(dir, name)) || name;

/**
 * Reads and validates a JSON file of the corpus folder `dir` by its `name` there, adding the name and
 * bytes to `hash`: by the name in the corpus, not the path shown, so that the hashes (the extraction
 * cache's key, the staleness check) do not change when the folder moves or the build runs elsewhere.
 */
function readJson<T extends z.ZodType>(dir: string, name: string, schema: T, hash: ReturnType<typeof createHash>) {
  const shown = shownPath(dir, name);
  const bytes = readBytes(join(dir, name), shown);
  hash.update(name).update(bytes);
  const json = decodeUtf8(bytes, shown);
  return { data: parseJsonSource(shown, json, schema), json };
}

interface JsonFile {
  file: string;
  json: string;
}

type Fail = (index: number, field: string, message: string) => never;
/** A failure at any path of a JSON file (`[3, 'areas', 0, 'location']`). */
type FailAt = (path: Array<string | number>, message: string) => never;

const failAtIn = (src: JsonFile): FailAt => (path, message) => {
  throw new InputError(src.file, message, lineOfPath(src.json, path), formatPath(path));
};

/** A failure located at `[index].field` of a JSON array file. */
const failIn = (src: JsonFile): Fail => (index, field, message) => failAtIn(src)([index, field], message);

/** The set of ids, failing on the first repeated one. */
function uniqueIds(entries: Array<{ id: string }>, fail: Fail): Set<string> {
  const ids = new Set<string>();
  entries.forEach((e, i) => {
    if (ids.has(e.id)) fail(i, 'id', `duplicate id "${e.id}"`);
    ids.add(e.id);
  });
  return ids;
}

/** Fails on a parent chain that loops back on itself ("a" → "b" → "a"), which would make the hierarchy infinite. */
function checkAcyclic(entries: Array<{ id: string; parent: string | null }>, fail: Fail) {
  const parentOf = new Map(entries.map((e) => [e.id, e.parent]));
  entries.forEach((e, i) => {
    const seen = new Set([e.id]);
    for (let p = e.parent; p !== null && p !== undefined; p = parentOf.get(p) ?? null) {
      if (seen.has(p)) fail(i, 'parent', `parent chain of "${e.id}" loops back through "${p}"`);
      seen.add(p);
    }
  });
}

/** Fails when a place comprises a place it lies in ("belgie" comprising "europa"): "inside" would loop. */
function checkComprises(entries: Array<{ id: string; parent: string | null; comprises: string[] }>, fail: Fail) {
  const parentOf = new Map(entries.map((e) => [e.id, e.parent]));
  entries.forEach((e, i) => {
    for (let p: string | null | undefined = e.id; p; p = parentOf.get(p)) if (e.comprises.includes(p)) fail(i, 'comprises', `"${e.id}" lies in "${p}", so it cannot comprise it`);
  });
}

/** Checks ids are unique, hierarchies acyclic and every reference points at an entry of the right table. */
function checkGazetteer(g: Gazetteer, files: { locations: JsonFile; actors: JsonFile; themes: JsonFile }) {
  const failLocation = failIn(files.locations);
  const failActor = failIn(files.actors);
  const locationIds = uniqueIds(g.locations, failLocation);
  const actorIds = uniqueIds(g.actors, failActor);
  uniqueIds(g.themes, failIn(files.themes));
  g.locations.forEach((l, i) => {
    if (l.parent !== null && !locationIds.has(l.parent)) failLocation(i, 'parent', `unknown parent "${l.parent}"`);
    for (const part of l.comprises) if (!locationIds.has(part)) failLocation(i, 'comprises', `unknown location "${part}"`);
  });
  g.actors.forEach((a, i) => {
    if (a.parent !== null && !actorIds.has(a.parent)) failActor(i, 'parent', `unknown parent "${a.parent}"`);
    if (a.party !== null && !actorIds.has(a.party)) failActor(i, 'party', `unknown party "${a.party}"`);
    if (a.location !== null && !locationIds.has(a.location)) failActor(i, 'location', `unknown location "${a.location}"`);
  });
  checkAcyclic(g.locations, failLocation);
  checkComprises(g.locations, failLocation);
  checkAcyclic(g.actors, failActor);
  checkActorFacts(g, failAtIn(files.actors));
  return { locationIds, actorIds };
}

/** Kinds of place a police zone can serve: municipalities, and former municipalities now districts of a merged one. */
const ZONE_AREA_KINDS: ReadonlySet<string | undefined> = new Set(['municipality', 'district']);

const describePeriod = (p: Period) => `${p.start ?? '…'} – ${p.end ?? 'now'}`;

/** Fails when a period ends before it starts. */
function checkPeriod(p: Period, path: Array<string | number>, fail: FailAt) {
  if (periodRunsBackward(p)) fail([...path, 'end'], `ends (${p.end}) before it starts (${p.start})`);
}

/** A police zone's official number belongs to one zone. */
function checkOfficialNumbers(g: Gazetteer, fail: FailAt) {
  const numbers = new Map<string, string>();
  g.actors.forEach((a, i) => {
    if (a.officialNumber === null) return;
    const other = numbers.get(a.officialNumber);
    if (other !== undefined) fail([i, 'officialNumber'], `number ${a.officialNumber} is also that of "${other}"`);
    numbers.set(a.officialNumber, a.id);
  });
}

/** Areas are known places with forward periods; a police zone serves municipalities, each served by one zone at a time. */
function checkAreas(g: Gazetteer, fail: FailAt) {
  const locationKind = new Map(g.locations.map((l) => [l.id, l.kind]));
  const zonesOf = new Map<string, Array<Period & { zone: string }>>();
  g.actors.forEach((a, i) => a.areas.forEach((area, j) => {
    const path = [i, 'areas', j];
    const kind = locationKind.get(area.location);
    if (kind === undefined) fail([...path, 'location'], `unknown location "${area.location}"`);
    checkPeriod(area, path, fail);
    if (a.kind !== 'police_zone') return;
    if (!ZONE_AREA_KINDS.has(kind)) fail([...path, 'location'], `"${area.location}" is a ${kind}, not a municipality`);
    const zones = zonesOf.get(area.location) ?? [];
    const clash = zones.find((z) => periodsOverlap(z, area));
    if (clash) fail([...path, 'location'], `"${area.location}" is already served by "${clash.zone}" (${describePeriod(clash)}) during ${describePeriod(area)}`);
    zonesOf.set(area.location, [...zones, { ...area, zone: a.id }]);
  }));
}

/** Memberships are a person's, in a known organisation, with forward periods and no role held twice at once. */
function checkMemberships(g: Gazetteer, fail: FailAt) {
  const actorKind = new Map(g.actors.map((a) => [a.id, a.kind]));
  g.actors.forEach((a, i) => {
    if (a.memberships.length > 0 && a.kind !== 'person') fail([i, 'memberships'], `only persons have memberships; "${a.id}" is a ${a.kind}`);
    a.memberships.forEach((m, j) => {
      const path = [i, 'memberships', j];
      const kind = actorKind.get(m.organization);
      if (kind === undefined) fail([...path, 'organization'], `unknown actor "${m.organization}"`);
      if (kind === 'person') fail([...path, 'organization'], `"${m.organization}" is a person, not an organisation`);
      checkPeriod(m, path, fail);
      const k = a.memberships.findIndex((o, n) => n < j && o.organization === m.organization && o.role === m.role && periodsOverlap(o, m));
      if (k >= 0) fail([...path, 'start'], `overlaps memberships[${k}] (same role "${m.role}" in "${m.organization}")`);
    });
  });
}

/** Checks the dated facts of actors: numbers, areas, former names and memberships. */
function checkActorFacts(g: Gazetteer, fail: FailAt) {
  checkOfficialNumbers(g, fail);
  checkAreas(g, fail);
  // Former names may overlap each other: the zones a merger joined were in use side by side.
  g.actors.forEach((a, i) => a.formerNames.forEach((f, j) => checkPeriod(f, [i, 'formerNames', j], fail)));
  checkMemberships(g, fail);
}

/**
 * Cross-checks the manifest against the gazetteer, and returns how a later failure at one of its
 * paths is reported (a document that does not match its entry). The manifest's text is held only
 * while checking: a build keeps the failure for its whole run, and the text of a 100 000-document
 * manifest is some 70 MB. A later failure reads the file at `path` again for its line.
 */
function checkManifest(m: Manifest, ids: { locationIds: Set<string>; actorIds: Set<string> }, file: string, json: string, path: string) {
  let held: string | undefined = json;
  const fail = (at: PropertyKey[], message: string): never => {
    throw new InputError(file, message, lineOfPath(held ?? textOr(path, ''), at), formatPath(at));
  };
  const programmeIds = uniqueIds(m.programmes, (i, field, message) => fail(['programmes', i, field], message));
  m.programmes.forEach((p, i) => {
    if (p.issuer !== null && !ids.actorIds.has(p.issuer)) fail(['programmes', i, 'issuer'], `unknown actor "${p.issuer}"`);
    if (p.scope !== null && !ids.locationIds.has(p.scope)) fail(['programmes', i, 'scope'], `unknown location "${p.scope}"`);
  });
  const files = new Set<string>();
  const sums = new Set<string>();
  m.documents.forEach((d, i) => {
    if (files.has(d.file)) fail(['documents', i, 'file'], `duplicate document "${d.file}"`);
    if (sums.has(d.sha256)) fail(['documents', i, 'sha256'], 'duplicate document: another entry has the same checksum');
    files.add(d.file);
    sums.add(d.sha256);
    if (d.issuer.value !== null && !ids.actorIds.has(d.issuer.value)) fail(['documents', i, 'issuer', 'value'], `unknown actor "${d.issuer.value}"`);
    if (d.scope.value !== null && !ids.locationIds.has(d.scope.value)) fail(['documents', i, 'scope', 'value'], `unknown location "${d.scope.value}"`);
    if (d.programme !== null && !programmeIds.has(d.programme)) fail(['documents', i, 'programme'], `unknown programme "${d.programme}"`);
  });
  held = undefined;
  return fail;
}

/** A file's text, or `fallback` when it cannot be read (a failure's line is then not known). */
function textOr(path: string, fallback: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return fallback;
  }
}

/** A corpus folder read and checked except for the documents' text, which {@link readSourceDocument} reads one at a time. */
export interface Corpus {
  dir: string;
  manifest: Manifest;
  gazetteer: Gazetteer;
  /** sha256 over the gazetteer, themes and manifest bytes (the manifest pins every document's checksum). */
  inputHash: string;
  /** sha256 over the gazetteer and themes alone: what extraction depends on besides the text. */
  gazetteerHash: string;
  /** A failure located at a path of the manifest (with its line). */
  fail: (path: PropertyKey[], message: string) => never;
}

/**
 * Reads `manifest.json`, `gazetteer/locations.json`, `gazetteer/actors.json` and
 * `themes.json` from a corpus folder and cross-checks them, without reading the
 * documents: a corpus of any size is then read one document at a time.
 */
export function readCorpus(dir: string): Corpus {
  const shown = (name: string) => shownPath(dir, name);
  const hash = createHash('sha256');
  const locations = readJson(dir, 'gazetteer/locations.json', z.array(locationEntrySchema), hash);
  const actors = readJson(dir, 'gazetteer/actors.json', z.array(actorEntrySchema), hash);
  const themes = readJson(dir, 'themes.json', z.array(themeEntrySchema), hash);
  // The lexicon is optional: a corpus without it reads every name as the entity it names.
  const commonWords = existsSync(join(dir, 'lexicon/common-words.json')) ? readJson(dir, 'lexicon/common-words.json', z.array(commonWordSchema), hash).data.map((w) => w.word) : [];
  const gazetteerHash = hash.copy().digest('hex');
  const gazetteer: Gazetteer = { locations: locations.data, actors: actors.data, themes: themes.data, commonWords };
  const ids = checkGazetteer(gazetteer, {
    locations: { file: shown('gazetteer/locations.json'), json: locations.json },
    actors: { file: shown('gazetteer/actors.json'), json: actors.json },
    themes: { file: shown('themes.json'), json: themes.json },
  });
  const manifestFile = shown('manifest.json');
  const manifest = readJson(dir, 'manifest.json', manifestSchema, hash);
  const fail = checkManifest(manifest.data, ids, manifestFile, manifest.json, join(dir, 'manifest.json'));
  return { dir, manifest: manifest.data, gazetteer, inputHash: hash.digest('hex'), gazetteerHash, fail };
}

/** Reads document `i` of the manifest and checks it against its entry: checksum, UTF-8, quotes, page starts. */
export function readSourceDocument(corpus: Corpus, i: number): SourceDocument {
  const entry = corpus.manifest.documents[i]!;
  const shown = shownPath(corpus.dir, entry.file);
  const bytes = readBytes(join(corpus.dir, entry.file), shown);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== entry.sha256) corpus.fail(['documents', i, 'sha256'], `does not match ${entry.file} (its sha256 is ${sha256})`);
  const text = decodeUtf8(bytes, shown);
  if (text.trim() === '') throw new InputError(shown, 'the document is empty');
  for (const field of statedFields) {
    const quote = entry[field].quote;
    if (quote !== null && !text.includes(quote)) corpus.fail(['documents', i, field, 'quote'], `quote not found in ${entry.file}: "${quote}"`);
  }
  const lastPage = entry.pages?.at(-1);
  if (lastPage !== undefined && lastPage > [...text].length) corpus.fail(['documents', i, 'pages'], `a page starts at ${lastPage}, past the end of ${entry.file}`);
  return { entry, text, sha256 };
}

/**
 * How long a file must have been left alone before its identity vouches for its bytes: file
 * times come from a coarse clock, so a write in the same tick as the check that read the file
 * would leave them as they were (git's "racily clean" entries). Such a file is read again.
 */
const SETTLED_MS = 2_000;

/**
 * The identity of document `i`'s file (see {@link FileIdentity}), taken before the file is read,
 * or undefined when there is none to trust: no such file, or one changed too recently.
 */
export function documentIdentity(corpus: Corpus, i: number): FileIdentity | undefined {
  const path = resolve(corpus.dir, corpus.manifest.documents[i]!.file);
  try {
    const s = statSync(path, { bigint: true });
    if (Number(s.ctimeMs) > Date.now() - SETTLED_MS) return undefined;
    return { path, identity: [s.dev, s.ino, s.size, s.mtimeNs, s.ctimeNs].join(':') };
  } catch {
    return undefined;
  }
}

/** Whether every document's bytes still match the checksum the manifest pins (without decoding them). */
export function documentsMatch(corpus: Corpus): boolean {
  return corpus.manifest.documents.every((entry) => {
    try {
      return createHash('sha256').update(readFileSync(join(corpus.dir, entry.file))).digest('hex') === entry.sha256;
    } catch {
      return false;
    }
  });
}

/** A whole corpus in memory, every document read and checked: for small corpora, tests and tools. */
export function readBuildInputs(dir: string): BuildInputs {
  const corpus = readCorpus(dir);
  const documents = corpus.manifest.documents.map((_, i) => readSourceDocument(corpus, i));
  return { manifest: corpus.manifest, gazetteer: corpus.gazetteer, documents, inputHash: corpus.inputHash };
}
