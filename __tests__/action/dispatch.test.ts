/** Every mode is reachable through the bundled entry: lint (no API key needed) and sweep (dry run). */
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { createJob } from '../../support/runner-emulator.js'
import { useLocalNeon } from '../../support/local-neon-for-test.js'
import { expectExit } from './helpers.js'

const neon = useLocalNeon()

describe('mode dispatch through dist/', () => {
  it('lint runs without an API key', async () => {
    const job = await createJob()
    try {
      await fs.mkdir(path.join(job.workspace, '.github', 'workflows'), { recursive: true })
      await fs.writeFile(
        path.join(job.workspace, '.github', 'workflows', 'ci.yml'),
        'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n',
      )
      const main = await job.runMain({ inputs: { mode: 'lint' } })
      expectExit(main, 0)
      const post = await job.runPost(main)
      expectExit(post, 0)
      expect(post.log).toContain('Nothing to clean up')
    } finally {
      await job.cleanup()
    }
  })

  it('sweep (dry run) lists and deletes nothing', async () => {
    const job = await createJob({ env: { ...neon.env(), GITHUB_API_URL: 'http://127.0.0.1:9' } })
    try {
      const main = await job.runMain({
        inputs: { ...neon.inputs(), mode: 'sweep', dry_run: 'true', sweep_closed_prs: 'false' },
      })
      expectExit(main, 0)
      expect(main.summary).not.toBe('')
    } finally {
      await job.cleanup()
    }
  })
})
