/**
 * The part of `semver` the advisory test uses. `semver` is installed as a production dependency
 * of fastify and node-abi, but has no types in node_modules (@types/semver is not installed).
 */
declare module 'semver' {
  interface RangeOptions { includePrerelease?: boolean }
  const semver: {
    satisfies(version: string, range: string, options?: RangeOptions): boolean;
    validRange(range: string, options?: RangeOptions): string | null;
    valid(version: string): string | null;
    gte(a: string, b: string): boolean;
    coerce(version: string): { version: string } | null;
  };
  export default semver;
}
