/**
 * The layering the code relies on, checked on the source: the query layer returns
 * references and never writes an API path (URLs are built in src/urls.ts, at the edge),
 * and it knows nothing of HTTP; REST and publishing are siblings that share modules
 * beside them (src/urls.ts, src/problems.ts) rather than importing each other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import t from 'tap';
import { packageRoot } from '../src/paths.js';

/** Every TypeScript file under `dir`, recursively. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** A line of documentation (JSDoc or a line comment), whose code spans may show paths. */
const isComment = (line: string) => /^\s*(\/\*|\*|\/\/)/.test(line);

/** Code lines of `files` matching `pattern`, as `file:line: text`. */
function matches(files: string[], pattern: RegExp): string[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (!isComment(line) && pattern.test(line) ? [`${relative(packageRoot, file)}:${i + 1}: ${line.trim()}`] : [])),
  );
}

const files = sourceFiles(join(packageRoot, 'src', 'queries'));

t.test('the structural test sees the query layer', async (t) => {
  t.ok(files.length > 10, `${files.length} files under src/queries`);
  t.ok(files.some((f) => f.endsWith('entity.ts')));
});

t.test('no API path or card path is written as a literal in src/queries (SQL or TypeScript)', async (t) => {
  // A string, template or SQL literal starting with the path: '/v1/…', `/v1/…`, "/v1/…", '/embed/…'.
  t.same(matches(files, /['"`]\/(v1|embed)\b/), [], 'the query layer returns references; src/urls.ts builds the URLs');
});

t.test('the query layer does not build URLs from an origin or import the edge', async (t) => {
  t.same(matches(files, /\borigin\s*\+|\$\{origin\}/), [], 'no origin prefixed');
  t.same(matches(files, /from ['"](\.\.\/)+(urls|rest|graphql|publish|plugins)[./]/), [], 'no import of src/urls.ts, rest, graphql, publish or plugins');
  t.same(matches(files, /from ['"]fastify/), [], 'no Fastify');
});

t.test('the pattern catches what it is meant to catch', async (t) => {
  for (const bad of ["'url', '/v1/actors/' || p.id", 'url: `/v1/figures/`', '"/embed/series/" || se.id']) {
    t.ok(/['"`]\/(v1|embed)\b/.test(bad), bad);
  }
  t.notOk(/['"`]\/(v1|embed)\b/.test('the versions are those of /v1/changes.'), 'prose in a message is not a path literal');
  t.ok(isComment(' * actor (`/v1/actors/{id}/mentions`)') && isComment('  /** `/embed/series/{id}` */') && !isComment("  url: '/v1/x',"), 'documentation lines are told from code');
});

t.test('REST and publishing are sibling surfaces: neither imports the other', async (t) => {
  t.same(matches(sourceFiles(join(packageRoot, 'src', 'rest')), /from ['"]\.\.\/publish\//), [], 'rest imports nothing of publish');
  t.same(matches(sourceFiles(join(packageRoot, 'src', 'publish')), /from ['"]\.\.\/rest\//), [], 'publish imports nothing of rest');
});
