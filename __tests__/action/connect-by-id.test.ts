// mode: connect with branch_id (the create job's output): the branch found without listing the project, one neonctl
// run, and the same checks as by name (never the default branch, the name when given, a clear error when missing).
import { describe, expect, it } from '@jest/globals'
import { expectNoSecret, runJob } from '../../support/runner-emulator.js'
import { useLocalNeon } from '../../support/local-neon-for-test.js'

const neon = useLocalNeon()

interface Logged {
  method: string
  path: string
}

async function clearRequests(): Promise<void> {
  await fetch(`${neon.baseUrl.replace(/\/$/, '')}/__local/requests`, { method: 'DELETE' })
}

async function apiRequests(): Promise<string[]> {
  return ((await neon.requests()) as Logged[])
    .filter((r) => !r.path.startsWith('/__local'))
    .map((r) => `${r.method} ${r.path.split('?')[0]}`)
}

const errorOf = (job: { annotations: { level: string; message: string }[] }) =>
  job.annotations.find((a) => a.level === 'error')?.message ?? ''

describe('mode: connect by branch_id', () => {
  let branchId = ''
  let mainId = ''
  const runId = '7770001'

  it('connects without a listing: the branch and its connection asked for at once', async () => {
    const create = await runJob({ runId, env: neon.env(), inputs: { ...neon.inputs(), cleanup: 'never' } })
    expect(create.main.exitCode).toBe(0)
    branchId = create.main.outputs.branch_id
    await neon.idle()
    await clearRequests()

    const connect = await runJob({
      runId: '7770002', // another run: its default name is not the branch's, and by id that does not matter
      env: neon.env(),
      inputs: { ...neon.inputs(), mode: 'connect', branch_id: branchId },
    })
    expect(connect.main.exitCode).toBe(0)
    expect(connect.main.outputs).toMatchObject({ branch_id: branchId, created: 'false' })
    expect(connect.main.env.DATABASE_URL).toMatch(/^postgres(ql)?:\/\//)
    const p = `/projects/${neon.projectId}`
    expect((await apiRequests()).sort()).toEqual(
      [
        `GET ${p}/branches/${branchId}`,
        `GET ${p}/branches/${branchId}/databases`,
        `GET ${p}/branches/${branchId}/endpoints`,
        `GET ${p}/branches/${branchId}/roles/neondb_owner/reveal_password`,
        `GET ${p}/connection_uri`,
      ].sort(),
    )
    expect(connect.post.exitCode).toBe(0)
    // every byte both steps wrote (log, outputs, summary, state) is free of the password and its parts
    expectNoSecret([connect.main, connect.post], decodeURIComponent(new URL(connect.main.env.DATABASE_URL).password))
    expect(await apiRequests()).not.toContain(`DELETE ${p}/branches/${branchId}`) // connect never deletes
  })

  it('checks the name when branch_name is given too', async () => {
    const connect = await runJob({
      env: neon.env(),
      inputs: { ...neon.inputs(), mode: 'connect', branch_id: branchId, branch_name: 'ci/some-other-name' },
    })
    expect(connect.main.exitCode).not.toBe(0)
    expect(errorOf(connect.main)).toContain("when 'ci/some-other-name' was asked for")
    expect(connect.main.env).not.toHaveProperty('DATABASE_URL')
  })

  it("refuses the project's default branch", async () => {
    const branches = (
      (await (
        await fetch(`${neon.apiHost}/projects/${neon.projectId}/branches`, {
          headers: { authorization: `Bearer ${neon.apiKey}` },
        })
      ).json()) as { branches: { id: string; default: boolean }[] }
    ).branches
    mainId = branches.find((b) => b.default)!.id
    const connect = await runJob({
      env: neon.env(),
      inputs: { ...neon.inputs(), mode: 'connect', branch_id: mainId },
    })
    expect(connect.main.exitCode).not.toBe(0)
    expect(errorOf(connect.main)).toContain("it is the project's default branch")
  })

  it('a branch id nobody has: says so, with the likely causes', async () => {
    const connect = await runJob({
      env: neon.env(),
      inputs: { ...neon.inputs(), mode: 'connect', branch_id: 'br-nobody-has-a1b2c3d4' },
    })
    expect(connect.main.exitCode).not.toBe(0)
    expect(errorOf(connect.main)).toMatch(/^No branch has the id 'br-nobody-has-a1b2c3d4' in this project/)
  })
})
