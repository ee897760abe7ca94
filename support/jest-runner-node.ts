// Per jest project: which node the runner emulator runs the action's steps with (support/runner-emulator.ts).
// jest.config.js gives each project a `runnerNode` global ('node24': what GitHub runs a `node24` action with;
// 'node20': the oldest node the action supports); support/jest-global-setup.mjs found the binaries.
const runnerNode = (globalThis as { runnerNode?: string }).runnerNode
const binary = { node24: process.env.NODE24_BINARY, node20: process.env.NODE20_BINARY }[runnerNode ?? '']
if (!binary) throw new Error(`no binary for runnerNode ${runnerNode}: did support/jest-global-setup.mjs run?`)
process.env.RUNNER_EMULATOR_NODE = binary
