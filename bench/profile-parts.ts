/**
 * The parts of a server's CPU profile (V8's `Profile.stop` output), by the file of each
 * sample's top frame — SQLite, the query layer, drizzle, the serializer, GraphQL, compression,
 * Fastify, node's HTTP, builtins, garbage collection — for `bench/profile-route.ts` (under
 * load, over HTTP) and `bench/profile-inject.ts` (in process), so both split a request alike.
 */

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The part of the server a frame belongs to, by its file (first match wins). */
export const PARTS: ReadonlyArray<readonly [string, (frame: ProfileNode['callFrame']) => boolean]> = [
  ['SQLite (better-sqlite3 calls)', (f) => f.url === '' && ['all', 'get', 'iterate', 'run', 'pluck', 'raw', 'prepare', 'pragma'].includes(f.functionName)],
  ['garbage collection', (f) => f.functionName === '(garbage collector)'],
  ['query layer (src/queries)', (f) => f.url.includes('/src/queries/')],
  ['drizzle (SQL text, placeholders)', (f) => f.url.includes('/drizzle-orm/')],
  ['serializer (src/plugins/serializer, its generated projectors)', (f) => f.url.includes('/src/plugins/serializer') || (f.url === '' && f.functionName === 'project')],
  ['GraphQL (src/graphql, mercurius, graphql-jit, graphql)', (f) => f.url.includes('/src/graphql/') || /\/(mercurius|graphql-jit|graphql|@graphql-[\w-]+|fast-json-stringify)\//.test(f.url) || (f.url === '' && f.functionName.startsWith('compiledQuery'))],
  ['compression (zlib, @fastify/compress)', (f) => f.url.includes('/@fastify/compress/') || f.url === 'node:zlib' || f.url === 'node:internal/streams/transform'],
  ['zod', (f) => f.url.includes('/zod/')],
  ['links (src/urls)', (f) => f.url.includes('/src/urls')],
  ['ASCII JSON (src/text/ascii-json)', (f) => f.url.includes('/src/text/ascii-json')],
  ['other src/', (f) => f.url.includes('/src/')],
  ['bench routes (reference, static)', (f) => f.url.includes('/bench/')],
  ['Fastify and its plugins', (f) => /\/(fastify|@fastify|fastify-[\w-]+|find-my-way|light-my-request|avvio|helmet|toad-cache)\//.test(f.url)],
  ['node: (http, net, streams, buffers)', (f) => f.url.startsWith('node:')],
  ['JSON.stringify/parse, regexps, builtins', (f) => f.url === '' && !f.functionName.startsWith('(')],
  ['idle, program, other', () => true],
];

/** Self time per part, in ms: every sample but idle time and the profiler's own (stopping it serialises the profile). */
export function parts(profile: Profile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const underProfiler = (id: number): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) if (byId.get(at)!.callFrame.url.startsWith('node:inspector')) return true;
    return false;
  };
  const out = new Map<string, number>(PARTS.map(([name]) => [name, 0]));
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)' || underProfiler(id)) return;
    const [name] = PARTS.find(([, test]) => test(frame))!;
    out.set(name, out.get(name)! + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return out;
}

/**
 * The parts of several profiles side by side as a Markdown table: each column's process CPU per
 * request (`cpuMs` over `requests`) split by the shares of its profile's busy samples. The
 * samples' own times are wall time between samples, which a loaded machine stretches (a process
 * waiting for a core), so only their shares are used.
 */
export function partsTable(columns: ReadonlyArray<{ label: string; requests: number; cpuMs: number; parts: Map<string, number> }>, cpuLabel: string): string {
  const busy = (c: (typeof columns)[number]) => [...c.parts.values()].reduce((a, b) => a + b, 0);
  const cpuOf = (c: (typeof columns)[number], part: number) => ((c.cpuMs / c.requests) * part) / busy(c);
  return [
    `| part (${cpuLabel} ms per request, split by the profile's shares) | ${columns.map((c) => c.label).join(' | ')} |`,
    `|---|${columns.map(() => '---').join('|')}|`,
    ...PARTS.map(([name]) => `| ${name} | ${columns.map((c) => `${cpuOf(c, c.parts.get(name)!).toFixed(3)} (${((100 * c.parts.get(name)!) / busy(c)).toFixed(0)} %)`).join(' | ')} |`),
    `| **${cpuLabel}** | ${columns.map((c) => `**${(c.cpuMs / c.requests).toFixed(3)}**`).join(' | ')} |`,
    `| profile samples, wall ms per request | ${columns.map((c) => (busy(c) / c.requests).toFixed(3)).join(' | ')} |`,
    `| requests | ${columns.map((c) => c.requests).join(' | ')} |`,
  ].join('\n');
}
