// autocannon ships no types and @types/autocannon is not installed: the little the bench uses.
declare module 'autocannon' {
  interface Result {
    requests: { average: number; total: number };
    latency: { p50: number; p99: number; max: number };
    non2xx: number;
    errors: number;
    statusCodeStats?: Record<string, { count: number }>;
  }
  interface RequestOptions {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  }
  interface Options {
    url: string;
    connections: number;
    duration: number;
    headers?: Record<string, string>;
    /** Request templates; `setupRequest` may rewrite each request before it is sent. */
    requests?: Array<RequestOptions & { setupRequest?: (request: RequestOptions) => RequestOptions }>;
  }
  export default function autocannon(options: Options): Promise<Result>;
}
