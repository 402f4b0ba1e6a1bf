// ESLint flat config: neostandard (TypeScript, with semicolons) adjusted to the house
// style the code is written in — single quotes, semicolons, trailing commas on multiline
// literals, no space before a function's parentheses — so `npm run lint` reports
// defects and drift, not a different taste.
import neostandard, { resolveIgnoresFromGitignore } from 'neostandard';

export default [
  ...neostandard({
    ts: true,
    semi: true,
    noJsx: true,
    ignores: [...resolveIgnoresFromGitignore(), 'migrations/**', 'schema/**'],
  }),
  {
    rules: {
      '@stylistic/comma-dangle': ['error', 'always-multiline'],
      '@stylistic/generator-star-spacing': ['error', { before: false, after: true }],
      '@stylistic/space-before-function-paren': ['error', { anonymous: 'always', named: 'never', asyncArrow: 'always' }],
      '@stylistic/member-delimiter-style': ['error', { multiline: { delimiter: 'semi' }, singleline: { delimiter: 'semi', requireLast: false } }],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      // Unused bindings are errors, except those named to be ignored (`_rest` destructuring).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
];
