// runSchemaDiff with a fake client: a failure is a warning and never fails the step; a run without a pull request
// comments nowhere and says why.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { NeonError, type Branch, type NeonClient } from '../../src/neon/client.js'
import { runSchemaDiff } from '../../src/schema-diff/index.js'

const branch: Branch = {
  id: 'br-pr-bbb-222',
  name: 'ci/pr-7',
  parentId: 'br-main-aaa-111',
  default: false,
  protected: false,
  createdAt: '2026-01-01T00:00:00Z',
}
const run = {
  repository: 'acme/shop',
  runId: '1',
  runAttempt: '1',
  job: 'db',
  sha: 'a'.repeat(40),
  workspace: '/tmp',
  apiUrl: 'http://127.0.0.1:9',
  serverUrl: 'https://github.com',
}
const DIFF = `--- Database: neondb\t(Branch: br-main-aaa-111)\n+++ Database: neondb\t(Branch: br-pr-bbb-222)\n@@ -1,1 +1,2 @@\n a\n+b\n`
let tmp: string
let stdout = ''

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'run-schema-diff-'))
  process.env.GITHUB_STEP_SUMMARY = path.join(tmp, 'summary.md')
})
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))
beforeEach(() => {
  fs.writeFileSync(process.env.GITHUB_STEP_SUMMARY!, '')
  stdout = ''
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString()
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
})

const client = (answer: () => Promise<string>) => ({ schemaDiffWithParent: answer }) as unknown as NeonClient
const request = (c: NeonClient, env: NodeJS.ProcessEnv = {}) => ({
  setting: 'comment' as const,
  client: c,
  projectId: 'p',
  branch,
  database: 'neondb',
  run,
  githubToken: 't',
  env,
})

describe('runSchemaDiff', () => {
  it('a failed diff is a warning and a line in the summary, never an exception', async () => {
    const failing = client(async () => {
      throw new NeonError('transient', "'branches schema-diff' failed 5 times; last error: HTTP 503")
    })
    expect(await runSchemaDiff(request(failing))).toEqual({})
    expect(stdout).toMatch(
      /^::warning title=Schema diff failed::The schema diff could not be made: 'branches schema-diff' failed 5 times/m,
    )
    expect(fs.readFileSync(process.env.GITHUB_STEP_SUMMARY!, 'utf8')).toContain('could not be compared with its parent')
  })

  it('output that is no diff is a warning too', async () => {
    expect(await runSchemaDiff(request(client(async () => 'something else\n')))).toEqual({})
    expect(stdout).toContain('printed no diff')
  })

  it('a run that is not for a pull request comments nowhere and says so', async () => {
    const result = await runSchemaDiff(
      request(
        client(async () => DIFF),
        { GITHUB_EVENT_NAME: 'push' },
      ),
    )
    expect(result).toEqual({ changed: true, comment: undefined })
    expect(stdout).toContain('No pull request comment: this run (push) is not for a pull request')
    expect(stdout).toContain('::group::Schema diff')
    expect(fs.readFileSync(process.env.GITHUB_STEP_SUMMARY!, 'utf8')).toContain('+b')
  })
})
