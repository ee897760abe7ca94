import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const root = import.meta.dirname

// Every suite runs with the action's steps on Node 24, what GitHub runs a `node24` action with. The end-to-end
// suites that exercise what can differ between nodes run again on Node 20, the oldest the action supports: the
// runner-facing lifecycle (create, reuse, connect, post, kill), child processes, process groups and signals
// (migrate-once, a migration that must not outlive its step), Octokit's fetch (sweep), lint mode, the emulator.
// The other end-to-end suites check how the action treats answers and secrets (soak, hostile API, ownership,
// redaction): plain JavaScript whatever the node, and three fifths of a second run's time on two cores.
const onNode20Too = [
  'action/lifecycle',
  'action/failures',
  'action/dispatch',
  'migrate/action-e2e',
  'migrate/never-outlives',
  'sweep/sweep-e2e',
  'doctor/bundled-action',
  'support/runner-emulator',
  'support/runner-node',
].map((name) => {
  const file = join(root, '__tests__', `${name}.test.ts`)
  // a renamed suite must not drop out of the Node 20 run unnoticed
  if (!/\b(runJob|createJob)\b/.test(readFileSync(file, 'utf8')))
    throw new Error(`${file} does not run the bundled action`)
  return `<rootDir>/__tests__/${name}.test.ts`
})

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
    // those end-to-end suites again with the action's steps on Node 20 (engines: >=20.19)
    {
      ...common,
      displayName: 'runner-node20',
      roots: ['<rootDir>/__tests__'],
      testMatch: onNode20Too,
      globals: { runnerNode: 'node20' },
    },
  ],
}
