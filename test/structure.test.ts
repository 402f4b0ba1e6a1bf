/**
 * The layering the code relies on, checked on the source: the query layer returns
 * references and never writes an API path (URLs are built in src/urls.ts, at the edge),
 * and it knows nothing of HTTP; REST and publishing are siblings that share modules
 * beside them (src/urls.ts, src/problems.ts) rather than importing each other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import t from 'tap';
import ts from 'typescript';
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

/*
 * SQL is composed with drizzle's `sql` fragments (issue 13 §2): statements are `sql`
 * templates whose values are parameters, joined with `sql.join`, names spliced with
 * `sql.identifier` (or `sql.raw` for code constants), and run through the statement cache
 * of src/queries/sql.ts or drizzle itself. What this forbids outside src/db's driver glue,
 * read from the TypeScript syntax tree (so comments and prose never match):
 * - SQL statement text or `?` placeholders in a string or template literal that no `sql`
 *   tag holds (`'SELECT … FROM'`, `` `… WHERE id = ?` ``, `values.map(() => '?')`),
 * - conditions joined as text (`.join(' AND ')`),
 * - `.prepare(text)` on the driver, and `prepared(db, text)` of the statement cache,
 *   outside src/queries/sql.ts (whose text comes from drizzle's `toQuery`).
 */

/** A statement's start, or a `?` parameter placeholder, in a literal. */
const SQL_STATEMENT = /\bSELECT\s[\s\S]*\bFROM\s|\bINSERT\s+INTO\s|\bDELETE\s+FROM\s|\bUPDATE\s+\S+\s+SET\s|\bWITH\s+\S+\s+AS\s+(MATERIALIZED\s+)?\(/;
const PLACEHOLDER = /(?:[=<>(]|,\s|\b(?:IN|LIMIT|OFFSET|MATCH|LIKE|IS)\s)\s*\?(?=\s*(?:[),]|$|(?:AND|OR|LIMIT|ORDER|GROUP)\b))/;
const JOINED_CONDITION = /^\s*(AND|OR)\s*$/;

/** Places in `source` (the text of `file`) where SQL is written as text or prepared from text, as `file:line: why`. */
function sqlTextFindings(file: string, source: string): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node, why: string) => found.push(`${file}:${tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1}: ${why}`);
  const cache = file.endsWith(join('src', 'queries', 'sql.ts'));
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(tree) === 'sql') {
      // The template's text is SQL by design; its substitutions are checked like any code.
      if (ts.isTemplateExpression(node.template)) node.template.templateSpans.forEach((span) => visit(span.expression));
      return;
    }
    const text = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : ts.isTemplateExpression(node) ? [node.head, ...node.templateSpans.map((s) => s.literal)].map((p) => p.text).join(' x ') : undefined;
    if (text !== undefined) {
      if (SQL_STATEMENT.test(text)) report(node, 'SQL statement written as text');
      else if (PLACEHOLDER.test(text)) report(node, '`?` placeholder written as text');
      else if (JOINED_CONDITION.test(text)) report(node, 'conditions joined as text');
      else if (text === '?' && ts.isArrowFunction(node.parent)) report(node, '`?` placeholders made one per value');
    }
    if (ts.isCallExpression(node) && !cache) {
      const callee = node.expression;
      if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'prepare' && node.arguments.length > 0) report(node, '.prepare() of SQL text');
      if (ts.isIdentifier(callee) && callee.text === 'prepared' && node.arguments.length === 2) report(node, 'prepared(db, text) of SQL text');
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

/**
 * Files that still write SQL as text, each until the change named lands; an entry no
 * longer needed fails the test, so the list only shrinks.
 */
const PENDING_SQL_TEXT: Readonly<Record<string, string>> = {
};

t.test('src/ builds no SQL from text: statements are drizzle sql fragments (src/db is the driver glue)', async (t) => {
  const sources = sourceFiles(join(packageRoot, 'src')).filter((file) => !file.startsWith(join(packageRoot, 'src', 'db') + '/'));
  t.ok(sources.length > 100, `${sources.length} files under src/`);
  const findings = sources.flatMap((file) => sqlTextFindings(relative(packageRoot, file), readFileSync(file, 'utf8')));
  t.same(findings.filter((f) => !Object.hasOwn(PENDING_SQL_TEXT, f.split(':')[0]!)), [], 'no SQL text, placeholders or text-prepared statements');
  for (const [file, why] of Object.entries(PENDING_SQL_TEXT)) t.ok(findings.some((f) => f.startsWith(`${file}:`)), `${file} is still pending (${why}); remove it from PENDING_SQL_TEXT once it is not`);
});

t.test('the SQL-text check catches what it is meant to catch, and nothing else', async (t) => {
  /* eslint-disable no-template-curly-in-string -- the samples are TypeScript source, templates included */
  const bad = [
    "const q = 'SELECT id FROM measures WHERE id = ?';",
    'const q = `SELECT ${columns} FROM ${table} WHERE ${where.sql}`;',
    'const where = `${column} = ?`;',
    "const kinds = `kind IN (${kinds.map(() => '?').join(', ')})`;",
    "const all = conditions.join(' AND ');",
    'db.$client.prepare(text).all();',
    'prepared(db, text).all(...params);',
    "db.run(sql.raw('DELETE FROM series'));",
    "const f = sql`SELECT ${'SELECT 1 FROM x'}`;",
  ];
  for (const line of bad) t.ok(sqlTextFindings('src/x.ts', line).length > 0, line);
  const good = [
    'const q = sql`SELECT id FROM measures WHERE id = ${id}`;',
    'const q = sql`${sql.identifier(table)} x`;',
    'const all = sql.join(conditions, sql` AND `);',
    "const order = 'The selection from the list: is it valid?';",
    "const [path, query] = url.split('?', 2);",
    "const pattern = new RegExp(`(?:${words})(?=\\s|$)(,?)`, 'u');",
    "throw new Error('Where is the data? Select a file from the folder.');",
    'const url = `${path}?${query}`;',
    'const stmt = db.insert(table).values(row).prepare();',
    'const doc = prepared(input);',
    '// SELECT id FROM x WHERE id = ?',
  ];
  for (const line of good) t.same(sqlTextFindings('src/x.ts', line), [], line);
  /* eslint-enable no-template-curly-in-string */
  t.same(sqlTextFindings('src/queries/sql.ts', 'stmt = db.$client.prepare(text);'), [], 'the statement cache prepares drizzle\'s text');
});
