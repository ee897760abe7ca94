// @ts-check
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import { defineConfig } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default defineConfig(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'bench/results/',
      '.tmp/',
      '.neon-local/',
      'coverage/',
      '__tests__/doctor/fixtures/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // One printing path (src/log.ts): everything the action prints is redacted there and made inert, so no value from
  // outside can start a workflow command. Printing anywhere else in the action is an error.
  {
    files: ['src/**/*.ts'],
    // src/log.ts is the path itself. The doctor's CLI is a terminal program, not the action: its report is its output
    // (JSON and SARIF byte for byte on stdout, notes on stderr), every text in it made inert by src/doctor/log.ts.
    ignores: ['src/log.ts', 'src/doctor/cli.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@actions/core',
              importNames: [
                'info',
                'debug',
                'notice',
                'warning',
                'error',
                'setFailed',
                'startGroup',
                'endGroup',
                'group',
                'summary',
                'markdownSummary',
                'setSecret',
                'setCommandEcho',
                'issueCommand',
                'issue',
              ],
              message:
                'Print through src/log.ts (it redacts and makes every value inert); import what else you need by name.',
            },
            { name: '@actions/core/lib/command', message: 'Print through src/log.ts.' },
          ],
        },
      ],
      'no-console': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'stdout', message: 'Print through src/log.ts.' },
        { object: 'process', property: 'stderr', message: 'Print through src/log.ts.' },
      ],
    },
  },
)
