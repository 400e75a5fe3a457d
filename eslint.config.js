// ESLint (flat config): TypeScript, the Office add-in rules for the Office.js adapter (as the Office
// add-in template sets them, without its Prettier rule), React hooks for the pane. `npm run lint`
// allows no warning.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  // Generated code (the precompiled rule-file validator, the CLI bundle) is checked by its generator's tests.
  { ignores: ['dist/**', 'dist-cli/**', 'node_modules/**', 'test-output/**', '.certs/**', '.scratch/**', 'src/**/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/excel/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'test/taskpane/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['scripts/**/*.js', 'bin/**/*.js', 'webpack.config.js', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // The CustomFunctions stand-in runs in the browser as a plain script, injected by the end-to-end tests.
    files: ['test/e2e/stand-in/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
);
