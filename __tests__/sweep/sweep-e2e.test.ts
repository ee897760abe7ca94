/**
 * End to end: `mode: sweep` of the bundled action (dist/main) run the way a runner runs it, against the local Neon
 * server through the shipped neonctl, with a loopback GitHub API answering the pull request lookups.
 */
import { type StepResult, createJob } from '../../support/runner-emulator.js'
import { useLocalNeon } from '../../support/local-neon-for-test.js'
import { apiRequest, listAllBranches } from '../neon/local-api.js'
import { type GitHubFake, startGitHubFake } from './github-fake.js'

const REPOSITORY = 'octo-org/shop'
const neon = useLocalNeon()
let github: GitHubFake

beforeAll(async () => {
  github = await startGitHubFake(REPOSITORY, {
    5: { state: 'closed', merged: false },
    6: { state: 'closed', merged: true },
    7: { state: 'open', merged: false },
  })
})
afterAll(async () => {
  await github?.close()
})

async function createBranch(name: string, extra: { protected?: boolean; parent_id?: string } = {}): Promise<string> {
  const res = await apiRequest<{ branch: { id: string } }>(neon, 'POST', `/projects/${neon.projectId}/branches`, {
    branch: { name, ...extra },
    endpoints: [{ type: 'read_write' }],
  })
  return res.branch.id
}

async function branchNames(): Promise<string[]> {
  return (await listAllBranches(neon)).map((b) => b.name).sort()
}

async function sweep(inputs: Record<string, string>): Promise<StepResult> {
  const job = await createJob({ repository: REPOSITORY, env: neon.env() })
  try {
    return await job.runMain({
      inputs: { ...neon.inputs(), mode: 'sweep', sweep_prefix: 'ci/', ...inputs },
      env: { GITHUB_API_URL: github.url },
    })
  } finally {
    await job.cleanup()
  }
}

function explain(step: StepResult): string {
  return `exit ${step.exitCode}\n${step.log}\n--- summary ---\n${step.summary}`
}

describe('mode: sweep (bundled action, local Neon, loopback GitHub)', () => {
  let defaultName: string

  beforeAll(async () => {
    defaultName = (await listAllBranches(neon)).find((b) => b.default)!.name
    for (const name of ['ci/pr-5', 'ci/pr-6/api', 'ci/pr-7', 'ci/run-1', 'other/pr-5']) await createBranch(name)
    await createBranch('ci/protected', { protected: true })
    const parent = await createBranch('ci/parent')
    await createBranch('dev/child-of-ci', { parent_id: parent })
  }, 120_000)

  it('dry run reports closed-PR branches and deletes nothing', async () => {
    const before = await branchNames()
    const step = await sweep({ sweep_older_than: '0', dry_run: 'true' })
    expect(step.exitCode).toBe(0)
    expect(await branchNames()).toEqual(before)
    expect(step.summary).toContain('dry run: nothing deleted')
    expect(step.summary).toMatch(/<code>ci\/pr-5<\/code>.*?<td>would delete<\/td><td>pull request #5 is closed/)
    expect(step.summary).toMatch(/<code>ci\/pr-6\/api<\/code>.*?<td>would delete<\/td><td>pull request #6 is merged/)
    expect(step.summary).toMatch(/<code>ci\/pr-7<\/code>.*?<td>kept<\/td><td>pull request #7 is open/)
    expect(step.annotations.some((a) => a.level === 'notice' && a.message.includes('2 would be deleted'))).toBe(true)
    expect(github.requests).toEqual(expect.arrayContaining([`GET /repos/${REPOSITORY}/pulls/5`]))
  }, 120_000)

  it('deletes the branches of closed and merged PRs, keeps open PRs, other prefixes and the default', async () => {
    const step = await sweep({ sweep_older_than: '0' })
    expect({ exit: step.exitCode, log: step.exitCode === 0 ? '' : explain(step) }).toEqual({ exit: 0, log: '' })
    expect(await branchNames()).toEqual(
      [defaultName, 'ci/parent', 'ci/pr-7', 'ci/protected', 'ci/run-1', 'dev/child-of-ci', 'other/pr-5'].sort(),
    )
    expect(step.summary).toContain('Deleted: 2')
  }, 120_000)

  it('deletes matching branches older than sweep_older_than, never the default, a protected one or a parent of a kept one', async () => {
    // every branch here was created well over a second ago (the tests above ran since); none is an open-PR exception
    await new Promise((resolve) => setTimeout(resolve, 1100))
    const step = await sweep({ sweep_older_than: '1s', sweep_closed_prs: 'false' })
    expect({ exit: step.exitCode, log: step.exitCode === 0 ? '' : explain(step) }).toEqual({ exit: 0, log: '' })
    expect(await branchNames()).toEqual(
      [defaultName, 'ci/parent', 'ci/protected', 'dev/child-of-ci', 'other/pr-5'].sort(),
    )
    expect(step.summary).toMatch(/<code>ci\/protected<\/code>.*?<td>kept<\/td><td>protected branches are never deleted/)
    expect(step.summary).toMatch(
      /<code>ci\/parent<\/code>.*?<td>kept<\/td><td>child branch &quot;dev\/child-of-ci&quot; is kept/,
    )
  }, 120_000)

  it('fails, keeping the branch, when a PR cannot be read', async () => {
    await createBranch('ci/pr-404')
    const step = await sweep({ sweep_older_than: '0' })
    expect(step.exitCode).not.toBe(0)
    expect(await branchNames()).toContain('ci/pr-404')
    expect(step.annotations.some((a) => a.level === 'warning' && a.message.includes('pull request #404'))).toBe(true)
  }, 120_000)
})
