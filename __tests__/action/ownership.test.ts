/**
 * Issue 11, point 4: "created" means proven. A job claims a branch (and its post deletes it) only if Neon answered its
 * own create, or the branch carries the token its create sent as the branch annotation; never because the branch
 * appeared within some seconds of its request. The bundled action through the runner emulator, against the local
 * Neon server, with faults before the create landed (the server's fault aid) and after it (a proxy that forwards the
 * create and then answers 503).
 */
import { createJob, type Job, type StepResult } from '../../support/runner-emulator.js'
import { useLocalNeon } from '../../support/local-neon-for-test.js'
import { hiddenFromCreateListing, startRewritingProxy, type RewritingProxy } from '../neon/rewriting-proxy.js'
import { branchNames, expectExit } from './helpers.js'

const neon = useLocalNeon()
let proxy: RewritingProxy

beforeAll(async () => {
  proxy = await startRewritingProxy(neon.baseUrl)
})
afterEach(async () => {
  proxy.rules.length = 0
  proxy.log.length = 0
  await fetch(`${neon.baseUrl}/__local/faults`, { method: 'DELETE' })
})
afterAll(async () => {
  await proxy?.close()
})

const branchesPath = () => `/projects/${neon.projectId}/branches`
const viaProxy = () => ({ ...neon.inputs(), api_host: proxy.apiHost })
const requests = async () => (await neon.requests()) as { method: string; path: string; status: number }[]

/** What a post step decided: 'deleted' (or found it gone: it decided to delete), or 'kept'. */
function postDecision(post: StepResult): 'deleted' | 'kept' {
  if (/Deleted branch|was already gone/.test(post.log)) return 'deleted'
  if (/reused it rather than creating it|did not create it/.test(post.log)) return 'kept'
  throw new Error(`post decided neither:\n${post.log}`)
}

async function withJobs<T>(count: number, runId: string, work: (jobs: Job[]) => Promise<T>): Promise<T> {
  const jobs = await Promise.all(Array.from({ length: count }, () => createJob({ runId, env: neon.env() })))
  try {
    return await work(jobs)
  } finally {
    await Promise.all(jobs.map((job) => job.cleanup()))
  }
}

describe('a job owns a branch only with proof', () => {
  it("A creates; B's POST is refused (409) and its listing has the branch: B reuses it, and keeps it", async () => {
    await withJobs(2, '7220000', async ([a, b]) => {
      const mainA = await a.runMain({ inputs: neon.inputs() })
      expectExit(mainA, 0)
      expect(mainA.outputs.created).toBe('true')
      const before = (await requests()).length
      const mainB = await b.runMain({ inputs: neon.inputs() })
      expectExit(mainB, 0)
      expect(mainB.outputs).toMatchObject({ created: 'false', branch_id: mainA.outputs.branch_id })
      // B's create POSTs alongside its listing (no parent named); Neon refuses the name, nothing is created
      expect((await requests()).slice(before).filter((r) => r.method === 'POST')).toEqual([
        { method: 'POST', path: branchesPath(), status: 409 },
      ])
      const postB = await b.runPost(mainB)
      expectExit(postB, 0)
      expect(postDecision(postB)).toBe('kept')
      expect(await branchNames(neon)).toContain(mainA.outputs.branch_name)
      expect(postDecision(await a.runPost(mainA))).toBe('deleted')
    })
  })

  it("the issue's case: A creates; B's create gets a 503; B reuses it, and B's post leaves it to A", async () => {
    await withJobs(2, '7220001', async ([a, b]) => {
      const mainA = await a.runMain({ inputs: neon.inputs() })
      expectExit(mainA, 0)
      expect(mainA.outputs.created).toBe('true')
      // B's create is answered 503 (it never reached the API), moments after A's branch appeared (after the
      // listing B's create makes first: so B POSTs)
      await neon.faults({ method: 'POST', path: branchesPath(), status: 503, times: 1 })
      proxy.rules.push(hiddenFromCreateListing(mainA.outputs.branch_name))
      const mainB = await b.runMain({ inputs: viaProxy() })
      expectExit(mainB, 0)
      expect(mainB.log).toContain("Outcome of 'branches create' unknown")
      expect(mainB.outputs).toMatchObject({ created: 'false', branch_id: mainA.outputs.branch_id })
      const postB = await b.runPost(mainB)
      expectExit(postB, 0)
      expect(postDecision(postB)).toBe('kept')
      expect(await branchNames(neon)).toContain(mainA.outputs.branch_name)
      const postA = await a.runPost(mainA)
      expect(postDecision(postA)).toBe('deleted')
      expect(await branchNames(neon)).not.toContain(mainA.outputs.branch_name)
    })
  })

  it("B killed right after its create was refused (409), before it learned anything: its post keeps A's branch", async () => {
    await withJobs(2, '7220002', async ([a, b]) => {
      const mainA = await a.runMain({ inputs: neon.inputs() })
      expectExit(mainA, 0)
      const before = (await requests()).length
      // A's branch appeared after the listing B's create makes first: so B POSTs
      proxy.rules.push(hiddenFromCreateListing(mainA.outputs.branch_name))
      const mainB = await b.runMain({
        inputs: viaProxy(),
        pollMs: 5,
        killWhen: async () =>
          (await requests()).slice(before).some((r) => r.method === 'POST' && r.path.endsWith('/branches')),
      })
      expect(mainB.killed).toBe(true)
      expect(mainB.state.create_token).toBeTruthy()
      expect(mainB.state.branch_id).toBeUndefined()
      const postB = await b.runPost(mainB)
      expectExit(postB, 0)
      expect(postB.log).toContain("this step did not create it (its annotation does not carry this step's token)")
      expect(await branchNames(neon)).toContain(mainA.outputs.branch_name)
      expect(postDecision(await a.runPost(mainA))).toBe('deleted')
    })
  })

  it('a 503 after the create landed: the step proves the branch is its own by the token, and post deletes it', async () => {
    proxy.rules.push({
      method: 'POST',
      path: new RegExp(`^${branchesPath()}$`),
      times: 1,
      rewrite: () => ({ status: 503, body: { code: '', message: 'service temporarily unavailable' } }),
    })
    await withJobs(1, '7220003', async ([job]) => {
      const main = await job.runMain({ inputs: viaProxy() })
      expectExit(main, 0)
      expect(main.log).toContain("Outcome of 'branches create' unknown")
      expect(main.outputs.created).toBe('true')
      expect(proxy.log.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([503])
      const post = await job.runPost(main)
      expect(postDecision(post)).toBe('deleted')
      expect(await branchNames(neon)).not.toContain(main.outputs.branch_name)
    })
  })

  it('parallel jobs of one run with faults before and after the create: exactly one owner, always', async () => {
    // before the work: the server refuses a third of the POSTs (423/503) at random; after it: the proxy turns the
    // answer to the create that did land into a 503, every round, so the creator must prove the branch is its own
    await neon.faults({ random: { rate: 0.33, statuses: [423, 503], methods: ['POST'] } })
    const rounds = Number(process.env.OWNERSHIP_ROUNDS ?? 3)
    for (let round = 1; round <= rounds; round++) {
      const runId = String(7230000 + round)
      let landedAndLost = 0
      proxy.rules.length = 0
      proxy.rules.push({
        method: 'POST',
        path: new RegExp(`^${branchesPath()}$`),
        rewrite: (answer) => {
          if (answer.status !== 201 || landedAndLost > 0) return undefined
          landedAndLost++
          return { status: 503, body: { code: '', message: 'service temporarily unavailable' } }
        },
      })
      await withJobs(4, runId, async (jobs) => {
        const mains = await Promise.all(jobs.map((job) => job.runMain({ inputs: { ...viaProxy(), timeout: '3m' } })))
        for (const main of mains) expectExit(main, 0)
        expect(landedAndLost).toBe(1)
        expect(new Set(mains.map((m) => m.outputs.branch_id)).size).toBe(1)
        expect(mains.filter((m) => m.outputs.created === 'true')).toHaveLength(1)
        const posts = await Promise.all(jobs.map((job, i) => job.runPost(mains[i])))
        for (const post of posts) expectExit(post, 0)
        expect(posts.map(postDecision).filter((d) => d === 'deleted')).toHaveLength(1)
        const owner = mains.findIndex((m) => m.outputs.created === 'true')
        expect(postDecision(posts[owner])).toBe('deleted')
        expect(await branchNames(neon)).not.toContain(mains[0].outputs.branch_name)
      })
    }
  }, 600_000)
})
