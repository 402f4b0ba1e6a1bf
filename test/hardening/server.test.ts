/**
 * The server as clients and operators meet it over real sockets and processes: parser
 * errors as problems, slow clients cut off, load shed, the old database served while a
 * build replaces the file, and every failure to start as one line and exit status 1.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, renameSync, writeFileSync, readFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { buildApp, SERVER_LIMITS } from '../../src/app.js';
import { serverConfig } from '../../src/server-config.js';
import { packageRoot } from '../../src/paths.js';
import { seedDatabase } from '../helpers/dataset.js';

const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

/** Sends `request` raw and resolves with everything the server wrote before closing. */
function raw(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let text = '';
    socket.on('data', (chunk) => (text += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(text));
  });
}

async function listening(t: { teardown(fn: () => unknown): void }, options: Partial<Parameters<typeof buildApp>[0]> = {}) {
  const app = await buildApp({ dbPath: seedDatabase(), ...options });
  t.teardown(() => app.close());
  await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, port: (app.server.address() as AddressInfo).port };
}

t.test('a plugin may take up to 60 s to start (a loaded machine), not Fastify\'s 10 s', async (t) => {
  const app = await buildApp({ dbPath: seedDatabase() });
  t.teardown(() => app.close());
  t.equal(app.initialConfig.pluginTimeout, 60_000);
});

t.test('the HTTP parser rejections are problems: oversized headers 431, an unknown method or garbage 400', async (t) => {
  const { port } = await listening(t);
  const big = await raw(port, `GET /v1 HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(SERVER_LIMITS.http.maxHeaderSize + 10)}\r\n\r\n`);
  t.match(big, /^HTTP\/1\.1 431 /);
  t.match(big, `Content-Type: ${PROBLEM_TYPE}`);
  t.match(big, /"code":"HEADERS_TOO_LARGE"/);
  for (const request of ['FROB / HTTP/1.1\r\nHost: localhost\r\n\r\n', 'not http at all\r\n\r\n']) {
    const res = await raw(port, request);
    t.match(res, /^HTTP\/1\.1 400 /, JSON.stringify(request));
    t.match(res, `Content-Type: ${PROBLEM_TYPE}`);
    t.match(res, /"code":"BAD_REQUEST"/);
  }
});

t.test('a client sending its body byte by byte is cut off after the request timeout; others are served meanwhile', { timeout: 60_000 }, async (t) => {
  const { port } = await listening(t);
  const started = Date.now();
  // What the socket saw, so that a failure says why it closed (a 408, another answer, an error).
  const seen: string[] = [];
  const at = () => `${Date.now() - started} ms`;
  // The body drips only once the request line and headers are out: a drip started before the
  // connection (as this test did until session 16) put a '{' ahead of the request line whenever
  // connecting took over 200 ms on a loaded machine, and the server rightly answered 400.
  // The request timeout runs from the request's first bytes, so the clock starts there too.
  const slow = new Promise<number>((resolve) => {
    let sentAt = 0;
    let dripped = 0;
    let drip: NodeJS.Timeout | undefined;
    const socket = connect(port, '127.0.0.1', () => {
      seen.push(`connected ${at()}`);
      socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n');
      sentAt = Date.now();
      drip = setInterval(() => socket.writable && socket.write('{') && dripped++, 200);
    });
    socket.on('data', (chunk) => seen.push(`data ${at()}: ${String(chunk).split('\r\n')[0]}`));
    socket.on('error', (error) => seen.push(`error ${at()}: ${error.message}`));
    socket.on('close', () => {
      clearInterval(drip);
      seen.push(`closed ${at()} after ${dripped} bytes of body`);
      resolve(sentAt === 0 ? 0 : Date.now() - sentAt);
    });
  });
  const res = await fetch(`http://127.0.0.1:${port}/healthz`);
  t.equal(res.status, 200, 'another client is served meanwhile');
  const closedAfter = await slow;
  t.ok(seen.some((line) => line.includes('HTTP/1.1 408 ')), `answered 408: ${seen.join('; ')}`);
  t.ok(closedAfter >= SERVER_LIMITS.requestTimeout - 500 && closedAfter < SERVER_LIMITS.requestTimeout + 5_000, `closed ${closedAfter} ms after the headers: ${seen.join('; ')}`);
});

t.test('a lagging event loop sheds requests with a 503 problem and Retry-After', async (t) => {
  const app = await buildApp({ dbPath: seedDatabase(), maxEventLoopDelay: 50 });
  t.teardown(() => app.close());
  // Healthy first: on a loaded machine the startup itself can lag past the limit for a while.
  t.equal((await healthzUntil(app, (status) => status === 200, 10_000)).statusCode, 200, 'healthy once settled');
  // Block the loop far past the limit, again and again until it is shed. under-pressure samples the
  // delay histogram every 100 ms and keeps the mean since its last run; whether a run right after one
  // block sees the long sample depends on timer order (one block polled for a second failed in CI under
  // load, on Node 24), so the lag is kept up as a real overload would be.
  const shed = await healthzUntil(app, (status) => status === 503, 10_000, () => {
    const until = Date.now() + 500;
    while (Date.now() < until);
  });
  t.equal(shed.statusCode, 503);
  t.equal(shed.headers['content-type'], PROBLEM_TYPE);
  t.match(shed.json(), { code: 'OVERLOADED' });
  t.ok(Number(shed.headers['retry-after']) > 0);
});

/** GET /healthz every 10 ms (after `before`, if given) until `accept(status)` or `ms` have passed; the last response. */
async function healthzUntil(app: Awaited<ReturnType<typeof buildApp>>, accept: (status: number) => boolean, ms: number, before?: () => void) {
  const deadline = Date.now() + ms;
  for (;;) {
    before?.();
    const response = await app.inject('/healthz');
    if (accept(response.statusCode) || Date.now() > deadline) return response;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

t.test('the server keeps serving the database it opened while a build renames another file over it', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'blauwdruk-swap-'));
  const dbPath = join(dir, 'data.db');
  copyFileSync(seedDatabase(), dbPath);
  const app = await buildApp({ dbPath });
  t.teardown(() => app.close());
  const before = await app.inject('/v1');
  const dumpBefore = (await app.inject('/v1/dump.sqlite')).rawPayload;
  const next = join(dir, 'next.db');
  copyFileSync(seedDatabase(), next);
  const db = new Database(next);
  db.prepare("UPDATE meta SET value = 'another-version' WHERE key = 'version'").run();
  db.close();
  renameSync(next, dbPath);
  const after = await app.inject('/v1?fresh=1'.replace('?fresh=1', ''));
  t.equal(after.body, before.body, 'the same answer');
  t.notMatch((await app.inject('/healthz')).body, 'another-version');
  t.ok((await app.inject('/v1/dump.sqlite')).rawPayload.equals(dumpBefore), 'the dump is still the old file');
  const restarted = await buildApp({ dbPath });
  t.teardown(() => restarted.close());
  t.match((await restarted.inject('/healthz')).body, 'another-version', 'a restart picks up the new file');
});

t.test('the environment is read strictly', async (t) => {
  const config = (env: Record<string, string>) => serverConfig(env, 'data/x.db');
  t.throws(() => config({ PORT: '' }), /PORT "" must be a whole number/);
  t.throws(() => config({ PORT: '3e3' }), /PORT/);
  t.throws(() => config({ RATE_LIMIT: 'lots' }), /RATE_LIMIT/);
  t.throws(() => config({ PUBLIC_URL: 'api.example.org' }), /PUBLIC_URL/);
  t.throws(() => config({ ALLOWED_HOSTS: ' , ' }), /ALLOWED_HOSTS/);
  t.throws(() => config({ CORPUS_DIR: '' }), /CORPUS_DIR is set but empty/);
  t.equal(config({}).app.rateLimit, 600, 'rate limited by default');
  t.equal(config({ RATE_LIMIT: 'off' }).app.rateLimit, false);
  t.equal(config({ RATE_LIMIT: '120' }).app.rateLimit, 120);
  t.same(config({ ALLOWED_HOSTS: 'api.example.org, localhost' }).app.allowedHosts, ['api.example.org', 'localhost']);
  t.equal(config({}).app.trustProxy, false, 'no proxy trusted by default');
});

/** Runs src/server.ts with `args` and `env` (and nothing of the test runner's environment) until it exits (or 60 s), resolving with its exit code and stderr. */
function startServer(env: Record<string, string>, args: string[] = []): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(packageRoot, 'src', 'server.ts'), ...args], { cwd: packageRoot, env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

t.test('every failure to start is one line on stderr and exit status 1', { timeout: 300_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'blauwdruk-start-'));
  const good = readFileSync(seedDatabase());
  const files = {
    empty: Buffer.alloc(0),
    truncated: good.subarray(0, Math.floor(good.length / 3)),
    corrupt: Buffer.concat([good.subarray(0, 4096), Buffer.alloc(8192, 0x5a), good.subarray(12288)]),
    'not sqlite': Buffer.from('hello, this is not a database\n'.repeat(200)),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, `${name}.db`), bytes);
  const other = new Database(join(dir, 'other-schema.db'));
  other.exec('CREATE TABLE meta (key TEXT, value TEXT)');
  other.close();
  const blocker = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => blocker.once('listening', resolve));
  t.teardown(() => {
    blocker.close();
  });
  const busyPort = String((blocker.address() as AddressInfo).port);
  const cases: Array<[string, Record<string, string>, RegExp, string[]?]> = [
    ['missing', { DB_PATH: join(dir, 'missing.db') }, /does not exist/],
    ...Object.keys(files).map((name): [string, Record<string, string>, RegExp] => [name, { DB_PATH: join(dir, `${name}.db`) }, /database .* (is empty|is truncated|cannot be read|is corrupt|is not)/]),
    ['other schema', { DB_PATH: join(dir, 'other-schema.db') }, /not a blauwdruk database|another schema/],
    ['PORT empty', { PORT: '', DB_PATH: seedDatabase() }, /PORT/],
    ['port in use', { PORT: busyPort, DB_PATH: seedDatabase(), RATE_LIMIT: 'off' }, /already in use/],
    ['CORPUS_DIR empty', { CORPUS_DIR: '', DB_PATH: seedDatabase() }, /CORPUS_DIR is set but empty/],
    ['unknown option', { DB_PATH: seedDatabase() }, /Unknown option '--frob'/, ['--frob']],
    ['--db empty', {}, /--db is empty/, ['--db=']],
    ['corpus that does not build', { DB_PATH: join(dir, 'built.db') }, /missing-corpus.*file not found/, ['--build-if-stale', '--corpus', join(dir, 'missing-corpus')]],
  ];
  const results: Array<{ code: number | null; stderr: string }> = [];
  for (const [, env, , args] of cases) results.push(await startServer({ PORT: '0', ...env }, args)); // one at a time: each loads the code anew
  cases.forEach(([name, , message], i) => {
    const { code, stderr } = results[i]!;
    t.equal(code, 1, `${name}: exit status 1`);
    t.equal(stderr.trimEnd().split('\n').length, 1, `${name}: one line (${JSON.stringify(stderr.slice(0, 200))})`);
    t.match(stderr, message, name);
    t.notMatch(stderr, /\n\s+at /, `${name}: no stack trace`);
  });
  t.notOk(existsSync(join(dir, 'built.db')), 'a corpus that does not build leaves no database');
});
