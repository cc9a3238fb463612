import { readdirSync } from 'node:fs';

import js from '@eslint/js';
import prettier from 'eslint-config-prettier/flat';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { reactRefresh } from 'eslint-plugin-react-refresh';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Cross-folder imports go through the @/ alias, so the rules below see every dependency.
const relativeParent = {
  group: ['../*'],
  message: 'Import from another folder through the @/ alias.',
};

const restrictImports = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns: [relativeParent, ...patterns] }],
});

const features = readdirSync(new URL('./src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// Dependencies point one way: shared code (components, lib, types) <- features <- app.
// A feature never imports another feature; the app layer composes them.
const architecture = [
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: restrictImports(),
  },
  {
    files: ['src/{components,lib,types}/**/*.{ts,tsx}'],
    rules: restrictImports({
      group: ['@/features/*', '@/app/*'],
      message: 'Shared code must not depend on features or on the app layer.',
    }),
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: restrictImports({
      group: ['@/app/*', ...features.filter((f) => f !== feature).map((f) => `@/features/${f}/*`)],
      message:
        'A feature must not import another feature or the app layer; compose them in src/app.',
    }),
  })),
];

export default defineConfig([
  // api.gen.ts is written by openapi-typescript (npm run api:types); the build compares it with the API instead.
  globalIgnores(['target/', 'node_modules/', 'src/types/api.gen.ts']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.strictTypeChecked,
      tseslint.configs.stylisticTypeChecked,
      reactHooks.configs.flat['recommended-latest'],
      reactRefresh.configs.vite(),
      jsxA11y.flatConfigs.recommended,
    ],
    languageOptions: {
      ecmaVersion: 2023,
      globals: globals.browser,
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['vite.config.ts'],
    languageOptions: { globals: globals.node },
  },
  ...architecture,
  prettier,
]);
