import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-warning-comments': ['error', { terms: ['todo', 'fixme'] }],
    },
  },
  {
    // One door to the map: only src/map holds MapLibre objects; elsewhere its types at most.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/map/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'maplibre-gl', message: 'Only src/map/ uses MapLibre; ask the MapAdapter instead.', allowTypeImports: true }],
          patterns: [{ group: ['maplibre-gl/*'], message: 'Only src/map/ uses MapLibre; ask the MapAdapter instead.' }],
        },
      ],
    },
  },
  {
    // src/core is pure: no React, MapLibre, DOM-bound packages or the file system.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'maplibre-gl', 'node:*', 'fs', 'path'] }],
    },
  },
);
