// Lint: typescript-eslint's recommended rules, plus the project's one hard rule:
// every regex is built with `vx` (src/patterns/regex.ts) so the ReDoS audit sees it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/out/**', 'vendor/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/patterns/regex.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'Literal[regex]', message: 'Build regexes with vx() from src/patterns/regex.ts (ReDoS-audited).' },
        { selector: "NewExpression[callee.name='RegExp']", message: 'Build regexes with vx() from src/patterns/regex.ts.' },
        { selector: "CallExpression[callee.name='RegExp']", message: 'Build regexes with vx() from src/patterns/regex.ts.' },
      ],
      // start-up (issue 14): the package roots load hundreds of modules; import each function by its path
      'no-restricted-imports': ['error', { paths: [{ name: 'date-fns', message: "Import date-fns functions by path ('date-fns/addDays'): the root loads ~300 modules." }] }],
    },
  },
  {
    files: ['bin/**/*.js', 'bench/**/*.js', 'scripts/**/*.mjs', 'test/**/*.mjs', '.ci/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', TextDecoder: 'readonly' } },
  },
);
