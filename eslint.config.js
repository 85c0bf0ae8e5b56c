import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Import walls (STYLE.md rule 1): shared/ is imported by both runtimes and imports neither;
// the renderer never reaches into the Node side. The per-folder tsconfigs enforce the same.
const wall = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

const ELECTRON_API_FILES = [
  'electron/hosts/electron/main.ts',
  'electron/hosts/electron/preload.ts',
  'electron/hosts/electron/ipc.ts',
];
const electronApi = 'electron';
const renderer = '**/renderer/**';
const layerRule = {
  'electron/engine': ['**/service/**', '**/hosts/**', '**/endpoint/**', '**/tooling/**'],
  'electron/service': ['**/hosts/**', '**/endpoint/**', '**/tooling/**'],
  'electron/hosts': ['**/endpoint/**', '**/tooling/**'],
  'electron/endpoint': ['**/engine/**', '**/service/**', '**/hosts/**', '**/tooling/**'],
};
const layerMessage = (layer) =>
  `${layer}/ imports only the layers below it and shared/ (ARCHITECTURE.md): engine <- service <- hosts; the endpoint only shared/.`;

export const layerWalls = () => [
  ...Object.entries(layerRule).map(([layer, banned]) => ({
    files: [`${layer}/**/*.ts`],
    ignores: ELECTRON_API_FILES,
    rules: wall([...banned, electronApi, renderer], layerMessage(layer)),
  })),
  {
    files: ELECTRON_API_FILES,
    rules: wall([...layerRule['electron/hosts'], renderer], layerMessage('electron/hosts')),
  },
  {
    // The built-in Demo profile starts the local endpoint in this process: the one sanctioned
    // door from the engine into the endpoint.
    files: ['electron/engine/aws/demo-endpoint.ts'],
    rules: wall(
      layerRule['electron/engine']
        .filter((p) => p !== '**/endpoint/**')
        .concat(electronApi, renderer),
      layerMessage('electron/engine'),
    ),
  },
];

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
  // The layers of electron/ (ARCHITECTURE.md): each imports only its own layer and the ones
  // below it; the endpoint is a part of its own. Only the Electron host's main, preload and ipc
  // touch Electron's API.
  ...layerWalls(),
);
