// @ts-check
/**
 * Lint: typescript-eslint's type-checked recommended rules on every TypeScript file and
 * Astro component, eslint-plugin-astro's recommended rules, and eslint-config-prettier
 * last (formatting is Prettier's job). `npm test` runs it with zero warnings allowed.
 */
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'bench-out/', 'examples/**/*.py'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
  },
  {
    files: ['**/*.astro'],
    // astro-eslint-parser takes `project`, not the project service.
    languageOptions: { parserOptions: { projectService: false, project: './tsconfig.json' } },
    rules: {
      // The parser gives expressions inside a template's markup the type `error`, so these
      // rules flag every `.map()` that returns markup; the frontmatter is type-checked by
      // `astro check`, which reads templates with Astro's own compiler.
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  {
    rules: {
      // `let [first, ...rest]` where only `rest` is reassigned stays one declaration.
      'prefer-const': ['error', { destructuring: 'all' }],
      // `_name` marks a value left unused on purpose (a destructured field dropped, say).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['examples/**/*.ts'],
    rules: {
      // The SDKs' error classes are generic over `any` (Anthropic.APIError<any, any, any>),
      // and error bodies come from JSON.parse: the examples read them exactly as readers do.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests walk parsed JSON, XML and HTML whose shape is exactly what they assert; typing
      // each level first would restate the assertion.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Plain JavaScript (configs, scripts): no type information to lint with.
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
