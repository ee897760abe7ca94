// Per jest project: which node the runner emulator runs the action's steps with (support/runner-emulator.ts).
// jest.config.js gives each project a `runnerNode` global: 'node24' takes the Node 24 binary the global setup
// fetched (what GitHub runs a `node24` action with), 'node20' jest's own node (this machine's Node 20).
const runnerNode = (globalThis as { runnerNode?: string }).runnerNode
if (runnerNode === 'node24') {
  const binary = process.env.NODE24_BINARY
  if (!binary) throw new Error('NODE24_BINARY is not set: support/jest-global-setup.ts did not run')
  process.env.RUNNER_EMULATOR_NODE = binary
} else if (runnerNode === 'node20') {
  if (!process.versions.node.startsWith('20.')) throw new Error(`runner-node20 runs under node ${process.version}`)
  delete process.env.RUNNER_EMULATOR_NODE
} else {
  throw new Error(`jest project without a runnerNode global (got ${runnerNode})`)
}
