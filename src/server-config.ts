/** The server's environment, read strictly: a value that is set but unusable is an error, never a silent default. */
import { DEFAULT_ALLOWED_HOSTS } from './plugins/origin.js';
import type { AppOptions } from './app.js';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Requests per minute per client when RATE_LIMIT is unset. */
export const DEFAULT_RATE_LIMIT = 600;
/** Event-loop delay (ms) above which requests are shed when MAX_EVENT_LOOP_DELAY is unset. */
export const DEFAULT_MAX_EVENT_LOOP_DELAY = 200;
/** Open connections at once when MAX_CONNECTIONS is unset. */
export const DEFAULT_MAX_CONNECTIONS = 1024;

export interface ServerConfig {
  port: number;
  host: string;
  maxConnections: number;
  app: Omit<AppOptions, 'logger'>;
}

type Env = Readonly<Record<string, string | undefined>>;

/** A whole number in [min, max] from `env[name]`, `fallback` when unset; set but empty or invalid is an error. */
function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isInteger(value) || value < min || value > max) throw new ConfigError(`${name} "${raw}" must be a whole number from ${min} to ${max}`);
  return value;
}

/** `off` or a positive whole number. */
function limit(env: Env, name: string, fallback: number): number | false {
  return env[name]?.trim().toLowerCase() === 'off' ? false : integer(env, name, fallback, 1, 1_000_000);
}

/** `on` or `off` (any case), `fallback` when unset; anything else is an error. */
function onOff(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined) return fallback;
  const value = raw.trim().toLowerCase();
  if (value !== 'on' && value !== 'off') throw new ConfigError(`${name} "${raw}" must be on or off`);
  return value === 'on';
}

/** Comma-separated values, undefined when unset; set but empty is an error. */
function list(env: Env, name: string): string[] | undefined {
  const raw = env[name];
  if (raw === undefined) return undefined;
  const values = raw.split(',').map((v) => v.trim()).filter(Boolean);
  if (values.length === 0) throw new ConfigError(`${name} is set but names nothing`);
  return values;
}

/** PUBLIC_URL: an absolute http(s) URL without query or fragment. */
function publicUrl(env: Env): string | undefined {
  const raw = env.PUBLIC_URL;
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`PUBLIC_URL "${raw}" is not an absolute URL`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash || url.username) throw new ConfigError(`PUBLIC_URL "${raw}" must be an http(s) origin and path, without query, fragment or credentials`);
  return raw;
}

/**
 * TRUST_PROXY: which proxies' X-Forwarded-* headers count: unset for none, a hop count
 * (`1` behind one CDN or load balancer) or addresses/CIDRs (`10.0.0.0/8,127.0.0.1`).
 */
function trustProxy(env: Env): AppOptions['trustProxy'] {
  const raw = env.TRUST_PROXY;
  if (raw === undefined) return false;
  if (/^\d+$/.test(raw.trim())) {
    const hops = Number(raw);
    return (_address: string, hop: number) => hop < hops;
  }
  return list(env, 'TRUST_PROXY');
}

/** The configuration in `env`; throws {@link ConfigError} naming the variable at fault. */
export function serverConfig(env: Env, defaultDbPath: string): ServerConfig {
  const dbPath = env.DB_PATH ?? defaultDbPath;
  if (dbPath === '') throw new ConfigError('DB_PATH is set but empty');
  const host = env.HOST ?? '127.0.0.1';
  if (host === '') throw new ConfigError('HOST is set but empty');
  // Read by the build before serving (`--build-if-stale`): empty would silently serve the package's own seeds.
  if (env.CORPUS_DIR === '') throw new ConfigError('CORPUS_DIR is set but empty');
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host,
    maxConnections: integer(env, 'MAX_CONNECTIONS', DEFAULT_MAX_CONNECTIONS, 1, 1_000_000),
    app: {
      dbPath,
      publicUrl: publicUrl(env),
      allowedHosts: list(env, 'ALLOWED_HOSTS') ?? [...DEFAULT_ALLOWED_HOSTS],
      trustProxy: trustProxy(env),
      rateLimit: limit(env, 'RATE_LIMIT', DEFAULT_RATE_LIMIT),
      maxEventLoopDelay: limit(env, 'MAX_EVENT_LOOP_DELAY', DEFAULT_MAX_EVENT_LOOP_DELAY),
      responseCache: onOff(env, 'RESPONSE_CACHE', true),
    },
  };
}
