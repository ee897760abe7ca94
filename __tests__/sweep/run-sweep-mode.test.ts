import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Branch } from '../../src/neon/client.js'
import { runSweepMode } from '../../src/sweep/index.js'
import { FakeNeonClient } from '../neon/fake-neon-client.js'
import { type FakePull, type GitHubFake, startGitHubFake } from './github-fake.js'

const NOW = new Date('2026-11-23T12:00:00Z')
const DAY = 86_400_000
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString()
const REPO = 'acme/shop'

const br = (id: string, name: string, createdAt: string, extra: Partial<Branch> = {}): Branch => ({
  id,
  name,
  createdAt,
  default: false,
  protected: false,
  ...extra,
})

let tmp: string
let stdout: string
let github: GitHubFake | undefined
const savedEnv = { ...process.env }

// @actions/core remembers the summary file path after its first write: one file for the whole suite.
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sweep-test-'))
})
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

beforeEach(() => {
  process.env.GITHUB_STEP_SUMMARY = path.join(tmp, 'summary.md')
  fs.writeFileSync(process.env.GITHUB_STEP_SUMMARY, '')
  stdout = ''
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString()
    return true
  })
})

afterEach(async () => {
  jest.restoreAllMocks()
  await github?.close()
  github = undefined
  process.env = { ...savedEnv }
})

const summary = () => fs.readFileSync(process.env.GITHUB_STEP_SUMMARY!, 'utf8')

async function sweep(
  client: FakeNeonClient,
  pulls: Record<number, FakePull>,
  over: Partial<Parameters<typeof runSweepMode>[0]> = {},
) {
  github = await startGitHubFake(REPO, pulls)
  return runSweepMode({
    client,
    prefix: 'ci/',
    olderThanMs: 2 * DAY,
    closedPrs: true,
    dryRun: false,
    github: { token: 'ghs_faketoken', repository: REPO, apiUrl: github.url },
    now: NOW,
    ...over,
  })
}

function project(): Branch[] {
  return [
    br('br-main', 'main', ago(400 * DAY), { default: true }),
    br('br-old', 'ci/run-100-1', ago(3 * DAY), { parentId: 'br-main' }),
    br('br-young', 'ci/run-200-1', ago(DAY / 2), { parentId: 'br-main' }),
    br('br-pr-closed', 'ci/pr-5', ago(DAY), { parentId: 'br-main' }),
    br('br-pr-merged', 'ci/pr-6/api', ago(DAY), { parentId: 'br-main' }),
    br('br-pr-open', 'ci/pr-7', ago(DAY), { parentId: 'br-main' }),
    br('br-prot', 'ci/keep-me', ago(90 * DAY), { protected: true, parentId: 'br-main' }),
    br('br-dev', 'dev/alice', ago(90 * DAY), { parentId: 'br-main' }),
  ]
}
const PULLS: Record<number, FakePull> = {
  5: { state: 'closed', merged: false },
  6: { state: 'closed', merged: true },
  7: { state: 'open', merged: false },
}

describe('runSweepMode', () => {
  it('deletes old and closed-PR branches, keeps the rest, and writes a summary', async () => {
    const client = new FakeNeonClient(project())
    await sweep(client, PULLS)
    expect(client.deleted.sort()).toEqual(['ci/pr-5', 'ci/pr-6/api', 'ci/run-100-1'])
    expect(client.branches.map((b) => b.name).sort()).toEqual([
      'ci/keep-me',
      'ci/pr-7',
      'ci/run-200-1',
      'dev/alice',
      'main',
    ])
    // Only the undecided candidates are looked up: not the old one, not the protected one.
    expect(github!.requests.sort()).toEqual([
      `GET /repos/${REPO}/pulls/5`,
      `GET /repos/${REPO}/pulls/6`,
      `GET /repos/${REPO}/pulls/7`,
    ])
    expect(github!.authorizations.every((a) => a === 'token ghs_faketoken')).toBe(true)

    const text = summary()
    expect(text).toContain('Neon branch sweep')
    expect(text).toMatch(/<code>ci\/pr-5<\/code>.*?<td>deleted<\/td><td>pull request #5 is closed<\/td>/)
    expect(text).toMatch(/<code>ci\/pr-6\/api<\/code>.*?<td>deleted<\/td><td>pull request #6 is merged<\/td>/)
    expect(text).toMatch(/<code>ci\/pr-7<\/code>.*?<td>kept<\/td><td>pull request #7 is open/)
    expect(text).toMatch(/<code>ci\/keep-me<\/code>.*?<td>kept<\/td><td>protected branches are never deleted<\/td>/)
    expect(text).toContain('Deleted: 3, kept: 3; 2 other branches did not match the prefix.')
    expect(text).not.toContain('dev/alice')
    expect(stdout).not.toContain('::error')
  })

  it('dry run deletes nothing and reports what would go', async () => {
    const client = new FakeNeonClient(project())
    await sweep(client, PULLS, { dryRun: true })
    expect(client.deleted).toEqual([])
    const text = summary()
    expect(text).toContain('dry run: nothing deleted')
    expect(text).toContain('Would delete: 3, kept: 3')
    expect(text.match(/<td>would delete<\/td>/g)).toHaveLength(3)
    expect(stdout).toContain('::notice title=Neon branch sweep::Sweep (dry run): 3 would be deleted, 3 kept.')
  })

  it('fails closed when the listing fails: nothing deleted, no PR lookups', async () => {
    const client = new FakeNeonClient(project())
    client.listError = new Error('HTTP 503 after 5 attempts')
    await expect(sweep(client, PULLS)).rejects.toThrow(
      'sweep: could not list every branch of the project, so nothing was deleted: HTTP 503 after 5 attempts',
    )
    expect(client.deleted).toEqual([])
    expect(github!.requests).toEqual([])
    expect(summary()).toContain('The branch listing failed, so nothing was deleted')
  })

  it('keeps a branch whose PR cannot be read, deletes the others, then fails with a warning', async () => {
    const client = new FakeNeonClient(project())
    await expect(sweep(client, { ...PULLS, 6: { status: 404 } })).rejects.toThrow(
      'sweep: 1 branch(es) were kept because their state could not be read',
    )
    expect(client.deleted.sort()).toEqual(['ci/pr-5', 'ci/run-100-1'])
    expect(stdout).toMatch(
      /::warning title=Neon branch sweep::Kept ci\/pr-6\/api \(br-pr-merged\): could not read the state of pull request #6 \(HTTP 404/,
    )
    expect(summary()).toMatch(/<code>ci\/pr-6\/api<\/code>.*?<td>⚠️ kept \(undecided\)<\/td>/)
  })

  it('retries a transient GitHub error before deciding', async () => {
    const client = new FakeNeonClient(project())
    await sweep(client, { ...PULLS, 5: { status: 502, times: 1 } })
    expect(client.deleted).toContain('ci/pr-5')
    expect(github!.requests.filter((r) => r.endsWith('/pulls/5'))).toHaveLength(2)
  })

  it('reports a deletion failure per branch, tries the rest, and fails at the end', async () => {
    const branches = [
      br('br-main', 'main', ago(400 * DAY), { default: true }),
      br('br-a', 'ci/a', ago(5 * DAY)),
      br('br-b', 'ci/b', ago(5 * DAY)),
      br('br-c', 'ci/c', ago(5 * DAY)),
    ]
    const client = new FakeNeonClient(branches)
    client.failDeleteOf.add('br-b')
    await expect(sweep(client, {})).rejects.toThrow('sweep: 1 branch(es) could not be deleted')
    expect(client.deleted.sort()).toEqual(['ci/a', 'ci/c'])
    expect(stdout).toContain('::error title=Neon branch sweep::Could not delete ci/b (br-b): HTTP 503 after 5 attempts')
    expect(summary()).toMatch(/<code>ci\/b<\/code>.*?<td>❌ deletion failed<\/td>/)
  })

  it('stops calling Neon once the step deadline has passed, and says so once', async () => {
    const branches = [br('br-main', 'main', ago(400 * DAY), { default: true })]
    for (let i = 0; i < 6; i++) branches.push(br(`br-${i}`, `ci/run-${i}`, ago(5 * DAY)))
    const client = new FakeNeonClient(branches)
    client.deadlineAfterDeletes = 2
    await expect(sweep(client, {})).rejects.toThrow('sweep: 4 branch(es) could not be deleted')
    expect(client.deleted).toHaveLength(2)
    expect(client.deleteCalls).toBe(3)
    expect(stdout.match(/::error /g)).toHaveLength(2) // the failed call, and one line for the 3 not tried
    expect(stdout).toContain('3 more branch(es) were not tried because the step deadline passed')
    expect(summary().match(/not tried: the step deadline/g)).toHaveLength(3)
  })

  it('deletes a chain of old branches children first', async () => {
    const client = new FakeNeonClient([
      br('br-main', 'main', ago(400 * DAY), { default: true }),
      br('br-1', 'ci/one', ago(5 * DAY), { parentId: 'br-main' }),
      br('br-2', 'ci/two', ago(5 * DAY), { parentId: 'br-1' }),
      br('br-3', 'ci/three', ago(5 * DAY), { parentId: 'br-2' }),
    ])
    await sweep(client, {})
    expect(client.deleted).toEqual(['ci/three', 'ci/two', 'ci/one'])
  })

  it('never deletes the default branch even with a prefix that matches it', async () => {
    const client = new FakeNeonClient([br('br-main', 'ci/main', ago(400 * DAY), { default: true })])
    await sweep(client, {}, { prefix: 'ci/' })
    expect(client.deleted).toEqual([])
  })

  it('escapes branch names in the summary', async () => {
    const client = new FakeNeonClient([br('br-x', 'ci/<img src=x>&', ago(DAY))])
    await sweep(client, {})
    expect(summary()).toContain('<code>ci/&lt;img src=x&gt;&amp;</code>')
  })

  it('a malformed repository makes PR candidates undecided', async () => {
    const client = new FakeNeonClient(project())
    await expect(
      sweep(client, PULLS, { github: { token: 't', repository: 'nope', apiUrl: 'http://127.0.0.1:9' } }),
    ).rejects.toThrow('3 branch(es) were kept')
    expect(stdout).toContain('nope" is not owner/repo')
  })

  it('refuses an empty prefix', async () => {
    const client = new FakeNeonClient(project())
    await expect(sweep(client, {}, { prefix: '' })).rejects.toThrow('sweep_prefix must not be empty')
    expect(client.deleted).toEqual([])
  })

  it('without a token, PR candidates are kept and the step fails; age deletions still happen', async () => {
    const client = new FakeNeonClient(project())
    github = await startGitHubFake(REPO, PULLS)
    await expect(
      runSweepMode({
        client,
        prefix: 'ci/',
        olderThanMs: 2 * DAY,
        closedPrs: true,
        dryRun: false,
        now: NOW,
        github: { token: '', repository: REPO, apiUrl: github.url },
      }),
    ).rejects.toThrow('3 branch(es) were kept because their state could not be read')
    expect(client.deleted).toEqual(['ci/run-100-1'])
    expect(stdout).toContain('github_token is empty')
  })
})
