// NeonctlClient's decisions with a scripted neonctl (no processes, no clock): retries, deadline, adopting.
import { describe, expect, it } from '@jest/globals'
import { NeonError } from '../../src/neon/client.js'
import { NeonctlClient } from '../../src/neon/neonctl-client.js'
import type { NeonctlRunResult } from '../../src/neon/neonctl-runner.js'
import { defaultBackoff, type Clock } from '../../src/neon/retry.js'

const API = 'http://127.0.0.1:1/api/v2/projects/p'
const branch = (id: string, name: string, extra: object = {}) => ({
  id,
  name,
  default: false,
  protected: false,
  created_at: '2024-01-01T00:00:00Z',
  current_state: 'ready',
  ...extra,
})
const ok = (json: unknown, stderr = ''): NeonctlRunResult => ({
  exitCode: 0,
  stdout: JSON.stringify(json),
  stderr,
  timedOut: false,
})
/** connection-string by name, as our shipped neonctl answers it: the resolved branch on stderr. */
const resolvedTo = (b: object) =>
  ok(
    extendedOutput(),
    `DEBUG: GET ${API}/branches?limit=100\nDEBUG: 200 OK\nDEBUG: resolved branch ${JSON.stringify(b)}\n`,
  )
const notFound = (name: string): NeonctlRunResult => ({
  exitCode: 1,
  stdout: '',
  timedOut: false,
  stderr: `DEBUG: GET ${API}/branches?limit=100\nDEBUG: 200 OK\nERROR: Branch ${name} not found.\nAvailable branches: main\n`,
})
const httpFail = (method: string, status: string, message = 'x', extra = ''): NeonctlRunResult => ({
  exitCode: 1,
  stdout: '',
  stderr: `DEBUG: GET ${API}/branches\nDEBUG: 200 OK\nDEBUG: ${method} ${API}/branches\nDEBUG: ${status}${extra}\nERROR: ${message}\n`,
  timedOut: false,
})
const noAnswer: NeonctlRunResult = {
  exitCode: 1,
  stdout: '',
  stderr: `DEBUG: GET ${API}/branches\nDEBUG: 200 OK\nDEBUG: POST ${API}/branches\nERROR: Could not reach the Neon API.\n`,
  timedOut: false,
}
const created = {
  branch: branch('br-new-branch-1', 'ci/x'),
  endpoints: [],
  connection_uris: [
    {
      connection_uri: 'postgresql://...',
      connection_parameters: { database: 'other', role: 'neondb_owner', host: 'h0', password: 'p0' },
    },
    {
      connection_uri: 'postgresql://...',
      connection_parameters: {
        database: 'neondb',
        role: 'neondb_owner',
        host: 'ep-a-b-c.x',
        pooler_host: 'ep-a-b-c-pooler.x',
        password: 'pw',
      },
    },
  ],
}
const extendedOutput = () => ({
  host: 'ep-old-thing-1.x',
  role: 'neondb_owner',
  password: 'pw2',
  database: 'neondb',
  connection_string: 'postgresql://...',
})
const extended = extendedOutput()
const request = { name: 'ci/x', database: 'neondb', role: 'neondb_owner' }

function setup(script: Array<(args: string[]) => NeonctlRunResult>, deadlineMs = 60_000) {
  let now = 0
  const sleeps: number[] = []
  const clock: Clock = {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms)
      now += ms
    },
    random: () => 0.5,
  }
  const calls: string[][] = []
  const logs: string[] = []
  const client = new NeonctlClient({
    apiKey: 'key-in-env-only',
    projectId: 'p',
    deadlineMs,
    clock,
    logger: { info: (m) => logs.push(m) },
    invoker: async (args) => {
      calls.push(args)
      const step = script.shift()
      if (!step) throw new Error(`unexpected neonctl ${args.join(' ')}`)
      now += 100 // each run takes 100 ms of fake time
      return step(args)
    },
  })
  return { client, calls, logs, sleeps, elapsed: () => now }
}

describe('NeonctlClient.createOrReuseBranch', () => {
  it('happy path: one neonctl run, connection from the matching connection_uris entry', async () => {
    const { client, calls } = setup([() => ok(created)])
    const result = await client.createOrReuseBranch({ ...request, parent: 'main', expiresAt: '2030-01-01T00:00:00Z' })
    expect(result.created).toBe(true)
    expect(result.connection).toEqual({
      host: 'ep-a-b-c.x',
      poolerHost: 'ep-a-b-c-pooler.x',
      role: 'neondb_owner',
      password: 'pw',
      database: 'neondb',
    })
    expect(calls).toHaveLength(1)
    expect(calls[0]).toEqual(
      expect.arrayContaining([
        'branches',
        'create',
        '--name=ci/x',
        '--parent=main',
        '--expires-at=2030-01-01T00:00:00Z',
        '--project-id',
        'p',
      ]),
    )
    expect(calls[0].join(' ')).not.toContain('key-in-env-only')
  })

  it('falls back to connection-string when create returns no matching connection', async () => {
    const { client, calls } = setup([() => ok({ ...created, connection_uris: undefined }), () => ok(extended)])
    const result = await client.createOrReuseBranch(request)
    expect(result.connection.poolerHost).toBe('ep-old-thing-1-pooler.x')
    expect(calls[1].slice(0, 2)).toEqual(['connection-string', 'br-new-branch-1'])
  })

  it('409 adopts the branch with exactly that name: one more neonctl run (connection-string by name)', async () => {
    const { client, logs, calls } = setup([
      () => httpFail('POST', '409 Conflict', 'branch with name "ci/x" already exists'),
      () => resolvedTo(branch('br-b-b-b', 'ci/x')),
    ])
    const result = await client.createOrReuseBranch(request)
    expect(result).toMatchObject({
      created: false,
      branch: { id: 'br-b-b-b', name: 'ci/x' },
      connection: { password: 'pw2' },
    })
    expect(logs).toContain("Branch 'ci/x' already exists; reusing it")
    expect(calls[1].slice(0, 2)).toEqual(['connection-string', 'ci/x'])
  })

  it('adopting falls back to a lookup when neonctl does not say which branch a name resolved to', async () => {
    const { client, calls } = setup([
      () => httpFail('POST', '409 Conflict', 'branch with name "ci/x" already exists'),
      () => ok(extended),
      () => ok({ branches: [branch('br-a-a-a', 'ci/x-2'), branch('br-b-b-b', 'ci/x')] }),
    ])
    const result = await client.createOrReuseBranch(request)
    expect(result).toMatchObject({ created: false, branch: { id: 'br-b-b-b' } })
    // neonctl resolves a name by exact match, so the connection it printed is that branch's: no second fetch
    expect(calls.map((c) => c[0])).toEqual(['branches', 'connection-string', 'api'])
  })

  it('never adopts the default branch', async () => {
    const { client } = setup([
      () => httpFail('POST', '409 Conflict', 'branch with name "main" already exists'),
      () => resolvedTo(branch('br-m-m-m', 'main', { default: true })),
    ])
    await expect(client.createOrReuseBranch({ ...request, name: 'main' })).rejects.toMatchObject({ code: 'conflict' })
  })

  const TOKEN = 'ephemeral-branch-create-token'
  /** `neonctl api .../branches?search=`: the listing with each branch's annotation. */
  const listing = (...entries: Array<[ReturnType<typeof branch>, string | undefined]>) =>
    ok({
      branches: entries.map(([b]) => b),
      annotations: Object.fromEntries(
        entries.filter(([, token]) => token).map(([b, token]) => [b.id, { value: { [TOKEN]: token } }]),
      ),
    })
  const withToken = { ...request, createToken: 'token-of-this-step' }

  it('sends the step token as the branch annotation; the happy path stays one neonctl run', async () => {
    const { client, calls } = setup([() => ok(created)])
    await client.createOrReuseBranch(withToken)
    expect(calls).toHaveLength(1)
    expect(calls[0]).toContain(`--annotation={"${TOKEN}":"token-of-this-step"}`)
  })

  it('a create with an unknown outcome is looked up, and claimed only when the branch carries its token', async () => {
    const { client, calls, logs } = setup([
      () => noAnswer,
      () => listing([branch('br-b-b-b', 'ci/x'), 'token-of-this-step']),
      () => ok(extended),
    ])
    const result = await client.createOrReuseBranch(withToken)
    expect(result).toMatchObject({ created: true, branch: { id: 'br-b-b-b' } })
    expect(calls.map((c) => c[0])).toEqual(['branches', 'api', 'connection-string'])
    expect(calls[1]).toEqual(expect.arrayContaining(['-Q', 'search=ci/x']))
    expect(logs[0]).toMatch(/^Outcome of 'branches create' unknown \(no response to POST/)
  })

  it('a create with an unknown outcome finding a branch made a moment ago by another job reuses it', async () => {
    const fresh = branch('br-b-b-b', 'ci/x', { created_at: new Date(0).toISOString() })
    for (const token of ['token-of-another-job', undefined]) {
      const { client } = setup([() => noAnswer, () => listing([fresh, token]), () => ok(extended)])
      await expect(client.createOrReuseBranch(withToken)).resolves.toMatchObject({
        created: false,
        branch: { id: 'br-b-b-b' },
      })
    }
  })

  /** `branches create` of our neonctl when its listing found the name: no POST, the branch and its connection */
  const existing = (token: string | undefined, state = 'active') =>
    ok({
      branch: branch('br-b-b-b', 'ci/x'),
      existing: true,
      ...(token ? { annotation: { [TOKEN]: token } } : {}),
      endpoints: [{ type: 'read_write', current_state: state }],
      connection_uris: created.connection_uris,
    })

  it("the name in create's listing: reused in the same neonctl run, never claimed, the compute's state kept", async () => {
    for (const token of ['token-of-this-step', 'token-of-another-job', undefined]) {
      const invocations: Array<Record<string, string> | undefined> = []
      const { client, calls, logs } = setup([() => existing(token)])
      const env = (client as unknown as { invoke: (...a: unknown[]) => unknown }).invoke
      ;(client as unknown as { invoke: unknown }).invoke = (args: string[], ms: number, e?: Record<string, string>) => {
        invocations.push(e)
        return env(args, ms, e)
      }
      const result = await client.createOrReuseBranch(withToken)
      // no earlier attempt of this step can have made it, whatever token it carries
      expect(result).toMatchObject({ created: false, branch: { id: 'br-b-b-b' }, computeState: 'active' })
      expect(result.connection).toMatchObject({ host: 'ep-a-b-c.x', poolerHost: 'ep-a-b-c-pooler.x', password: 'pw' })
      expect(calls).toHaveLength(1)
      expect(invocations).toEqual([
        {
          NEONCTL_CREATE_REUSES_EXISTING: '1',
          NEONCTL_CREATE_POSTS_WITH_LISTING: '1',
          NEONCTL_CONNECT_ROLE: 'neondb_owner',
          NEONCTL_CONNECT_DATABASE: 'neondb',
        },
      ])
      expect(logs).toContain("Branch 'ci/x' already exists; reusing it")
    }
  })

  it('a compute that is not plainly active is reported as it is (the step then waits for it)', async () => {
    const { client } = setup([
      () =>
        ok({
          ...JSON.parse(existing(undefined).stdout),
          endpoints: [{ type: 'read_write', current_state: 'active', pending_state: 'idle' }],
        }),
    ])
    expect((await client.createOrReuseBranch(withToken)).computeState).toBe('active, idle pending')
  })

  it("unknown outcome, not found yet, then the retry's listing has the name: ours only if it carries the token", async () => {
    for (const [token, expected] of [
      ['token-of-this-step', true],
      ['token-of-another-job', false],
      [undefined, false],
    ] as const) {
      const { client, calls } = setup([
        () => httpFail('POST', '503 Service Unavailable', 'Request failed with status code 503'),
        () => listing(),
        () => existing(token, 'init'),
      ])
      const result = await client.createOrReuseBranch(withToken)
      expect(result).toMatchObject({ created: expected, branch: { id: 'br-b-b-b' } })
      // a branch this step created is new: its compute's state is not taken as a reason to skip the wait
      expect(result.computeState).toBe(expected ? undefined : 'init')
      expect(calls.map((c) => c[0])).toEqual(['branches', 'api', 'branches'])
    }
  })

  it("the name in create's listing without a connection for the role: asked the long way", async () => {
    const { client, calls } = setup([
      () => ok({ ...JSON.parse(existing(undefined).stdout), connection_uris: [] }),
      () => ok(extended),
    ])
    const result = await client.createOrReuseBranch(withToken)
    expect(result).toMatchObject({ created: false, connection: { password: 'pw2' } })
    expect(calls[1].slice(0, 2)).toEqual(['connection-string', 'br-b-b-b'])
  })

  it('a create with an unknown outcome that did not land is retried after a backoff', async () => {
    const { client, calls, logs, sleeps } = setup([
      () => httpFail('POST', '503 Service Unavailable', 'Request failed with status code 503'),
      () => listing(),
      () => ok(created),
    ])
    const result = await client.createOrReuseBranch(withToken)
    expect(result.created).toBe(true)
    expect(calls.map((c) => c[0])).toEqual(['branches', 'api', 'branches'])
    expect(sleeps).toEqual([250]) // full jitter: 0.5 * 500
    expect(logs[1]).toBe("Retrying 'branches create' in 250ms: HTTP 503 Service Unavailable")
  })

  it('unknown outcome, not found yet, then 409 on the retry: ours only if it carries the token', async () => {
    for (const [token, expected] of [
      ['token-of-this-step', true],
      ['token-of-another-job', false],
    ] as const) {
      const { client, calls } = setup([
        () => httpFail('POST', '503 Service Unavailable', 'Request failed with status code 503'),
        () => listing(),
        () => httpFail('POST', '409 Conflict', 'branch with name "ci/x" already exists'),
        () => listing([branch('br-b-b-b', 'ci/x'), token]),
        () => ok(extended),
      ])
      await expect(client.createOrReuseBranch(withToken)).resolves.toMatchObject({
        created: expected,
        branch: { id: 'br-b-b-b' },
      })
      expect(calls.map((c) => c[0])).toEqual(['branches', 'api', 'branches', 'api', 'connection-string'])
    }
  })

  it('a failure reports what the create left behind: nothing, unknown, or the branch', async () => {
    const creation = async (script: Array<(args: string[]) => NeonctlRunResult>) =>
      await setup(script)
        .client.createOrReuseBranch(withToken)
        .catch((e: NeonError) => e)
    // refused before any POST landed (a 401 on the first request): nothing
    const refused = await creation([() => httpFail('POST', '401 Unauthorized', 'authentication failed')])
    expect(refused).toMatchObject({ code: 'unauthorized', creation: { kind: 'none' } })
    // no answer, and the look-up failed too: unknown
    const unknown = await creation([() => noAnswer, () => httpFail('GET', '401 Unauthorized', 'no')])
    expect(unknown).toMatchObject({ creation: { kind: 'unknown' } })
    // created, then the role turned out missing: known, created
    const uris = { ...created, connection_uris: [] }
    const missingRole: NeonctlRunResult = {
      exitCode: 1,
      stdout: '',
      timedOut: false,
      stderr:
        `DEBUG: GET ${API}/branches/br-new-branch-1/endpoints\nDEBUG: 200 OK\n` +
        `DEBUG: GET ${API}/branches/br-new-branch-1/databases\nDEBUG: 200 OK\n` +
        `DEBUG: GET ${API}/branches/br-new-branch-1/roles/ghost/reveal_password\nDEBUG: 404 Not Found\nERROR: role not found\n`,
    }
    const missing = await creation([() => ok(uris), () => missingRole])
    expect(missing).toMatchObject({
      name: 'MissingConnectionTarget',
      input: 'role',
      creation: { kind: 'known', created: true, branch: { id: 'br-new-branch-1' } },
    })
  })

  it('a plain 409 (no earlier unknown outcome) is a reuse', async () => {
    const { client } = setup([
      () => httpFail('POST', '409 Conflict', 'branch with name "ci/x" already exists'),
      () => resolvedTo(branch('br-b-b-b', 'ci/x')),
    ])
    await expect(client.createOrReuseBranch(request)).resolves.toMatchObject({ created: false })
  })

  it('retries 423 and 429 without a lookup, honouring Retry-After', async () => {
    const { client, calls, logs, sleeps } = setup([
      () => httpFail('POST', '423 Locked', 'project already has running operations'),
      () => httpFail('POST', '429 Too Many Requests', 'rate limit', ' retry-after=3'),
      () => ok(created),
    ])
    await client.createOrReuseBranch(request)
    expect(calls.every((c) => c[0] === 'branches')).toBe(true)
    expect(sleeps).toEqual([250, 3000])
    expect(logs).toEqual([
      "Retrying 'branches create' in 250ms: HTTP 423 Locked: project already has running operations",
      "Retrying 'branches create' in 3.0s: HTTP 429 Too Many Requests: rate limit",
    ])
  })

  it('gives up with code deadline when the next wait would pass the deadline', async () => {
    const script = Array.from({ length: 10 }, () => () => httpFail('POST', '423 Locked', 'locked'))
    const { client, elapsed } = setup(script, 2_000)
    const error = await client.createOrReuseBranch(request).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NeonError)
    expect(error).toMatchObject({ code: 'deadline' })
    expect(elapsed()).toBeLessThanOrEqual(2_000)
  })

  it('names the last answer when the attempt the deadline cut short had none', async () => {
    const stalled: NeonctlRunResult = {
      exitCode: null,
      stdout: '',
      stderr: `DEBUG: GET ${API}/branches\n`,
      timedOut: true,
    }
    const script = [
      () => httpFail('GET', '503 Service Unavailable', 'upstream down'),
      ...Array.from({ length: 10 }, () => () => stalled),
    ]
    const { client } = setup(script, 2_000)
    const error = await client.createOrReuseBranch(request).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'deadline' })
    expect((error as Error).message).toMatch(
      /no answer to GET in time .*\(before that: HTTP 503 Service Unavailable: upstream down\)$/,
    )
  })

  it('gives up with code transient when the attempts run out', async () => {
    const script = Array.from({ length: 40 }, () => () => httpFail('POST', '423 Locked', 'locked'))
    const { client, calls } = setup(script, 10_000_000)
    await expect(client.createOrReuseBranch(request)).rejects.toMatchObject({ code: 'transient' })
    expect(calls).toHaveLength(defaultBackoff.maxAttempts)
  })

  it('refuses values neonctl could read as flags', async () => {
    const { client, calls } = setup([])
    await expect(client.createOrReuseBranch({ ...request, name: '--help' })).rejects.toMatchObject({ code: 'invalid' })
    await expect(client.getConnection('ci/x', '-x', 'neondb_owner')).rejects.toMatchObject({ code: 'invalid' })
    expect(calls).toHaveLength(0)
  })

  it('does not retry what the caller must fix', async () => {
    const { client, calls } = setup([() => httpFail('POST', '400 Bad Request', 'expires_at is too far in the future')])
    await expect(client.createOrReuseBranch(request)).rejects.toMatchObject({
      code: 'invalid',
      message: 'HTTP 400 Bad Request: expires_at is too far in the future',
    })
    expect(calls).toHaveLength(1)
  })
})

describe('NeonctlClient lookups and deletes', () => {
  it('findBranch matches the exact name and follows pagination', async () => {
    const { client, calls } = setup([
      () => ok({ branches: [branch('br-a-a-a', 'ci/x-old')], pagination: { next: 'c1' } }),
      () => ok({ branches: [branch('br-b-b-b', 'ci/x')], pagination: { next: 'c2' } }),
      () => ok({ branches: [], pagination: {} }),
    ])
    expect(await client.findBranch('ci/x')).toMatchObject({ id: 'br-b-b-b' })
    expect(calls[1]).toEqual(expect.arrayContaining(['-Q', 'cursor=c1']))
    expect(calls[0]).toEqual(expect.arrayContaining(['-Q', 'search=ci/x']))
  })

  it('findBranch returns undefined when only similar names exist', async () => {
    const { client } = setup([() => ok({ branches: [branch('br-a-a-a', 'ci/x-2'), branch('br-c-c-c', 'CI/X')] })])
    expect(await client.findBranch('ci/x')).toBeUndefined()
  })

  it('listBranches fails closed on a listing it does not understand', async () => {
    const { client } = setup([() => ok([branch('br-a-a-a', 'x')])])
    await expect(client.listBranches()).rejects.toMatchObject({ code: 'unknown' })
  })

  it('delete: deleted, already gone (204 crash or 404), protected', async () => {
    const gone204: NeonctlRunResult = {
      exitCode: 1,
      stdout: '',
      timedOut: false,
      stderr: `DEBUG: DELETE ${API}/branches/br-a-a-a\nDEBUG: 204 No Content\nERROR: The "chunk" argument must be of type string\n`,
    }
    const { client } = setup([
      () => ok({ branch: branch('br-a-a-a', 'x') }),
      () => gone204,
      () => httpFail('DELETE', '404 Not Found', 'branch br-a-a-a not found'),
      () => httpFail('DELETE', '404 Not Found', 'not found'),
      () => ok({ project: { id: 'p' } }), // the project exists: so the branch is what is gone
      () =>
        ok({
          branches: [branch('br-m-m-m', 'main', { default: true }), branch('br-p-p-p', 'prod', { protected: true })],
        }),
    ])
    expect(await client.deleteBranch('br-a-a-a')).toBe('deleted')
    expect(await client.deleteBranch('br-a-a-a')).toBe('already-gone')
    expect(await client.deleteBranch('br-a-a-a')).toBe('already-gone')
    expect(await client.deleteBranch('br-a-a-a')).toBe('already-gone')
    await client.listBranches()
    await expect(client.deleteBranch('br-m-m-m')).rejects.toMatchObject({ code: 'protected' })
    await expect(client.deleteBranch('br-p-p-p')).rejects.toMatchObject({ code: 'protected' })
    await expect(client.deleteBranch('main')).rejects.toMatchObject({ code: 'invalid' })
  })

  it('delete: a 404 for the project is an error, never "already gone"', async () => {
    const { client, calls } = setup([
      () => httpFail('DELETE', '404 Not Found', 'project not found'),
      () => httpFail('DELETE', '404 Not Found', 'not found'),
      () => httpFail('GET', '404 Not Found', 'not found'),
    ])
    await expect(client.deleteBranch('br-a-a-a')).rejects.toMatchObject({ code: 'project-not-found' })
    await expect(client.deleteBranch('br-a-a-a')).rejects.toMatchObject({
      code: 'project-not-found',
      message: expect.stringMatching(/^Neon did not find project p \(HTTP 404 Not Found/),
    })
    expect(calls.map((c) => c.slice(0, 2).join(' '))).toEqual(['branches delete', 'branches delete', 'api /projects/p'])
  })

  it('delete: a refusal from Neon about the default branch is protected', async () => {
    const { client } = setup([() => httpFail('DELETE', '400 Bad Request', 'cannot delete the default branch')])
    await expect(client.deleteBranch('br-m-m-m')).rejects.toMatchObject({ code: 'protected' })
  })

  it('findBranchWithConnection: one neonctl run; undefined when missing; id-shaped names looked up by listing', async () => {
    const { client, calls } = setup([
      () => resolvedTo(branch('br-b-b-b', 'ci/x')),
      () => notFound('ci/y'),
      () => ok({ branches: [branch('br-z-z-z', 'br-looks-like-id')] }),
      () => ok(extended),
    ])
    expect(await client.findBranchWithConnection('ci/x', 'neondb', 'neondb_owner')).toMatchObject({
      branch: { id: 'br-b-b-b' },
      connection: { host: 'ep-old-thing-1.x' },
    })
    expect(await client.findBranchWithConnection('ci/y', 'neondb', 'neondb_owner')).toBeUndefined()
    expect(await client.findBranchWithConnection('br-looks-like-id', 'neondb', 'neondb_owner')).toMatchObject({
      branch: { id: 'br-z-z-z' },
    })
    expect(calls.map((c) => c[0])).toEqual(['connection-string', 'connection-string', 'api', 'connection-string'])
  })

  it('getConnection: a missing branch is not-found', async () => {
    const { client } = setup([
      () => ({
        exitCode: 1,
        stdout: '',
        timedOut: false,
        stderr: `DEBUG: GET ${API}/branches?limit=100\nDEBUG: 200 OK\nERROR: Branch ci/x not found.\nAvailable branches: main\n`,
      }),
    ])
    await expect(client.getConnection('ci/x', 'neondb', 'neondb_owner')).rejects.toMatchObject({
      code: 'not-found',
      message: 'Branch ci/x not found.',
    })
  })
})
