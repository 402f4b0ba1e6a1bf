// tap's coverage map (package.json "tap"."coverage-map"): whatever test runs, coverage is
// measured over the shipped code only, never over test/ or bench/ helpers.
export default () => 'src/**/*.ts';
