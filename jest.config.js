import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

const root = import.meta.dirname
const testFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name))

// The end-to-end suites: they run the bundled action (dist/) through the runner emulator.
const runsBundledAction = (file) => /\b(runJob|createJob)\b/.test(readFileSync(file, 'utf8'))
// ... all of them but the soak run again on Node 20: the soak repeats the same steps under faults for minutes
// (a fifth of the suite's time on two cores), and what could differ between the nodes (their fetch, child
// processes, signals) the other end-to-end suites already cover on both.
const onBothNodes = (file) => runsBundledAction(file) && !file.includes(join('__tests__', 'soak'))

/** @type {import('jest').Config} */
const common = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  // the Debian packages and the Node 24 binary the suites need (once per run)
  globalSetup: '<rootDir>/support/jest-global-setup.mjs',
  setupFiles: ['<rootDir>/support/jest-runner-node.ts'],
}

/** @type {import('jest').Config} */
export default {
  testTimeout: 120000,
  // Tests start real PostgreSQL clusters; two cores in CI.
  maxWorkers: 2,
  projects: [
    // every suite; the action's steps run on Node 24, as GitHub's runner runs a `node24` action
    {
      ...common,
      displayName: 'runner-node24',
      roots: ['<rootDir>/__tests__'],
      testMatch: ['**/*.test.ts'],
      globals: { runnerNode: 'node24' },
    },
    // the end-to-end suites but the soak once more with the action's steps on Node 20 (engines: >=20.19)
    {
      ...common,
      displayName: 'runner-node20',
      roots: ['<rootDir>/__tests__'],
      testMatch: testFiles(join(root, '__tests__'))
        .filter(onBothNodes)
        .map((file) => `<rootDir>/${relative(root, file)}`),
      globals: { runnerNode: 'node20' },
    },
  ],
}
