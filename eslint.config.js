// ESLint flat config: typescript-eslint recommended for .ts/.js, eslint-plugin-svelte for .svelte
// (and .svelte.ts rune modules), with TypeScript inside <script lang="ts">. Formatting is Prettier's job.
import { defineConfig } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'build/',
      'node_modules/',
      'tests/artifacts/',
      'tests/fixtures/',
      'data/',
      '.bench/',
      '**/*.tmp.ts',
    ],
  },
  tseslint.configs.recommended,
  svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // `_name` marks a binding that is unused on purpose (e.g. dropping a key by destructuring).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        parser: tseslint.parser,
        extraFileExtensions: ['.svelte'],
      },
    },
  },
);
