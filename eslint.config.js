import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Import walls (STYLE.md rule 1): shared/ is imported by both runtimes and imports neither;
// the renderer never reaches into the Node side. The per-folder tsconfigs enforce the same.
const wall = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // electron-builder loads its hooks with require().
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      ...wall(
        ['**/electron/**', '**/renderer/**', 'electron', 'node:*', 'react', 'react-dom'],
        'shared/ is runtime-neutral: no Node, DOM, Electron or React imports.',
      ),
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...wall(
        ['**/electron/**', 'electron', 'node:*'],
        'The renderer talks to the main side only through the contract client.',
      ),
    },
  },
  {
    // Only these three files may touch Electron's API (ARCHITECTURE.md).
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts'],
    rules: wall(
      ['electron', '**/renderer/**'],
      'Only electron/main.ts, preload.ts and ipc.ts import electron.',
    ),
  },
);
