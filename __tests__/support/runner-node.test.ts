// Each jest project runs the action's steps on its own node (jest.config.js, support/jest-runner-node.ts):
// runner-node24 on the Node 24 binary the global setup fetched, runner-node20 on Node 20 (this machine's).
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { RUNNER_NODES, type RunnerNode } from '../../support/node-binary.js'
import { runJob } from '../../support/runner-emulator.js'

const project = (globalThis as { runnerNode?: RunnerNode }).runnerNode!

it(`runs the action's steps on the project's node (${project})`, async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'runner-node-'))
  try {
    const script = path.join(dir, 'version.mjs')
    await fs.writeFile(
      script,
      "import { appendFileSync } from 'node:fs'\nappendFileSync(process.env.GITHUB_OUTPUT, `node=${process.version}\\n`)\n",
    )
    const { main, post } = await runJob({ main: { script }, post: { script } })
    expect([main.exitCode, post.exitCode]).toEqual([0, 0])
    // node24 is the pinned binary; node20 may be this machine's own Node 20
    if (project === 'node24') expect(main.outputs.node).toBe(`v${RUNNER_NODES.node24.version}`)
    else expect(main.outputs.node).toMatch(/^v20\./)
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
})
