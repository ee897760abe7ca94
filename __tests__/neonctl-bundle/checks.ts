// One check per row of scripts/neonctl-edits.mjs, run against a built neonctl directory (dist/neonctl, or a copy
// built without one edit). A check throws an AssertionError when its edit's effect is missing. Each runs the real
// bundle as the action does (node, --no-analytics, a throwaway config dir) against a loopback fake of Neon's API.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import * as fs from 'node:fs/promises'
import http from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { FakeNeonApi } from './fake-neon-api.js'

const here = path.dirname(fileURLToPath(import.meta.url))
export const repoRoot = path.resolve(here, '../..')
const tracer = path.join(here, 'fixtures', 'trace-loads.mjs')
const fetchRefuser = path.join(here, 'fixtures', 'refuse-global-fetch.mjs')
const fetchClassesRefuser = path.join(here, 'fixtures', 'refuse-fetch-classes.mjs')

export interface NeonctlRun {
  code: number | null
  stdout: string
  stderr: string
  /** module files the process loaded (with `trace: true`) */
  loaded: string[]
  /** node's undici modules the process loaded (with `refuseFetchClasses: true`) */
  undici: string[]
}

/** Runs `<dir>/neonctl.mjs` with the flags the action passes, against `api`. */
export async function runNeonctl(
  dir: string,
  api: FakeNeonApi,
  args: string[],
  options: {
    env?: Record<string, string>
    apiKey?: string
    trace?: boolean
    refuseGlobalFetch?: boolean
    refuseFetchClasses?: boolean
    /** the node binary (default: the one running the tests) */
    node?: string
  } = {},
): Promise<NeonctlRun> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'neonctl-check-'))
  const traceFile = path.join(work, 'loaded.txt')
  const undiciFile = path.join(work, 'undici.txt')
  try {
    const argv = [
      ...(options.trace ? ['--import', tracer] : []),
      ...(options.refuseGlobalFetch ? ['--import', fetchRefuser] : []),
      ...(options.refuseFetchClasses ? ['--import', fetchClassesRefuser] : []),
      path.join(dir, 'neonctl.mjs'),
      ...args,
      '--project-id',
      api.projectId,
      '--no-analytics',
      '--config-dir',
      work,
      '--context-file',
      path.join(work, 'context.json'),
    ]
    const env: Record<string, string | undefined> = {
      ...process.env,
      NODE_OPTIONS: undefined,
      NEON_API_KEY: options.apiKey ?? api.apiKey,
      NEON_API_HOST: api.apiHost,
      ...(options.trace ? { TRACE_LOADS_FILE: traceFile } : {}),
      ...(options.refuseFetchClasses ? { UNDICI_REPORT_FILE: undiciFile } : {}),
      ...options.env,
    }
    for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy'])
      if (!options.env?.[name]) delete env[name]
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
      (resolve) =>
        execFile(options.node ?? process.execPath, argv, { env, timeout: 60_000 }, (error, stdout, stderr) =>
          resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
        ),
    )
    const loaded = options.trace ? (await fs.readFile(traceFile, 'utf8').catch(() => '')).split('\n') : []
    const undici = (await fs.readFile(undiciFile, 'utf8').catch(() => '')).split('\n').filter(Boolean)
    return { code, stdout, stderr, loaded: [...new Set(loaded.filter(Boolean))], undici }
  } finally {
    await fs.rm(work, { recursive: true, force: true })
  }
}

async function withApi<T>(use: (api: FakeNeonApi) => Promise<T>): Promise<T> {
  const api = await new FakeNeonApi().start()
  try {
    return await use(api)
  } finally {
    await api.stop()
  }
}

/** Files of `run.loaded` under `dir` whose text contains `marker`. */
async function loadedContaining(dir: string, run: NeonctlRun, marker: string): Promise<string[]> {
  const modules = run.loaded.filter((file) => file.startsWith(dir + path.sep))
  // a chunk that runs as a script (scripts/build-neonctl.mjs) reads its `.cjs` itself: no loader sees that load
  const scripts = await Promise.all(
    modules
      .map((file) => file.replace(/\.mjs$/, '.cjs'))
      .filter((file) => file.endsWith('.cjs'))
      .map(async (file) =>
        fs.access(file).then(
          () => [file],
          () => [],
        ),
      ),
  )
  const inside = [...modules, ...scripts.flat()]
  assert.ok(inside.length > 0, `the trace saw no file of ${dir} load:\n${run.stderr}`)
  const texts = await Promise.all(inside.map((file) => fs.readFile(file, 'utf8')))
  return inside.filter((_, i) => texts[i].includes(marker)).map((file) => path.relative(dir, file))
}

/** A forward proxy on loopback; neonctl's proxy agent (undici's) tunnels every request with CONNECT. */
async function withConnectProxy<T>(use: (url: string, seen: string[]) => Promise<T>): Promise<T> {
  const seen: string[] = []
  const proxy = http.createServer((_req, res) => res.writeHead(405).end())
  proxy.on('connect', (req: http.IncomingMessage, socket: Socket, head: Buffer) => {
    seen.push(`${req.method} ${req.url}`)
    const [host, port] = req.url!.split(':')
    const upstream = connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(socket).on('error', () => socket.destroy())
      socket.pipe(upstream).on('error', () => upstream.destroy())
    })
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  try {
    return await use(`http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, seen)
  } finally {
    proxy.closeAllConnections()
    await new Promise((resolve) => proxy.close(resolve))
  }
}

const LOCK_ENV = { NEONCTL_LOCK_RETRY_COUNT: '1', NEONCTL_LOCK_RETRY_DELAY_MS: '0' }
const posts = (api: FakeNeonApi) => api.requests.filter((r) => r.method === 'POST').length

/** Markers: text found only in the code of a package that should not load at start. */
const UNDICI_MARKER = 'llhttp_execute' // undici's HTTP parser (node's own fetch is not in the bundle)
const AGENT_HINT_MARKER = 'has no --agent' // neon's init/plan.js, with add-mcp's agent tables
const YAML_MARKER = 'tag:yaml.org,2002:' // the yaml package's schemas

export const checks: Record<string, (dir: string) => Promise<void>> = {
  /** 423 on create with NEONCTL_LOCK_RETRY_COUNT=1: one POST, then neonctl hands the 423 back */
  'lock-retry-count': (dir) =>
    withApi(async (api) => {
      api.fault('POST', /\/branches$/, { status: 423 }, 10)
      const run = await runNeonctl(dir, api, ['branches', 'create', '--name', 'locked', '-o', 'json'], {
        env: LOCK_ENV,
      })
      assert.notEqual(run.code, 0, 'a 423 must fail the run')
      assert.equal(posts(api), 1, `POSTs: ${posts(api)}`)
    }),

  /** ... and with NEONCTL_LOCK_RETRY_DELAY_MS=0 it does not sleep 3 s first (neonctl logs the wait it takes) */
  'lock-retry-delay': (dir) =>
    withApi(async (api) => {
      api.fault('POST', /\/branches$/, { status: 423 }, 10)
      const run = await runNeonctl(dir, api, ['branches', 'create', '--name', 'locked', '-o', 'json'], {
        env: LOCK_ENV,
      })
      assert.match(run.stderr, /Resource is locked\. Waiting 0ms before retrying/)
    }),

  /** the debug line of a 429 carries Retry-After */
  'retry-after-in-debug-line': (dir) =>
    withApi(async (api) => {
      api.fault('GET', /\/branches$/, { status: 429, headers: { 'retry-after': '7' } }, 10)
      const run = await runNeonctl(dir, api, ['branches', 'list', '-o', 'json'], { env: { DEBUG: '1' } })
      assert.notEqual(run.code, 0)
      assert.match(run.stderr, /^DEBUG: 429 Too Many Requests retry-after=7$/m)
    }),

  /** each status line is followed by a line naming the request it answers */
  'answer-line-names-request': (dir) =>
    withApi(async (api) => {
      const run = await runNeonctl(dir, api, ['branches', 'list', '-o', 'json'], { env: { DEBUG: '1' } })
      assert.equal(run.code, 0, run.stderr)
      assert.match(
        run.stderr,
        /^DEBUG: 200 OK\nDEBUG: answer to GET http:\/\/127\.0\.0\.1:\d+\/api\/v2\/projects\/[^\n]*\/branches/m,
      )
    }),

  /** API requests, with their bodies and answers, go through node:http: node's fetch is never called */
  'requests-over-node-http': (dir) =>
    withApi(async (api) => {
      const run = await runNeonctl(dir, api, ['branches', 'create', '--name', 'over-http', '-o', 'json'], {
        env: { DEBUG: '1' },
        refuseGlobalFetch: true,
      })
      assert.equal(run.code, 0, run.stderr)
      assert.equal(JSON.parse(run.stdout).branch.name, 'over-http')
      assert.ok(
        api.branches.some((b) => b.name === 'over-http'),
        'the POST carried its body',
      )
      assert.match(run.stderr, /^DEBUG: 201 Created$/m)
    }),

  /** undici loads only behind a proxy, and then carries the requests through it */
  /**
   * neon's Headers, Request, Response and FormData are node-fetch's: node's are never used on the requests the
   * action makes (a POST with a body, GETs, a raw request, an error answer), and node's undici is never loaded, on
   * the tests' node and on Node 24 (where `import 'node:http'` would load it)
   */
  'fetch-classes-from-node-fetch': (dir) =>
    withApi(async (api) => {
      const nodes = [process.execPath, process.env.NODE24_BINARY].filter((node): node is string => Boolean(node))
      for (const [i, node] of nodes.entries()) {
        const options = { refuseFetchClasses: true, node, env: { NEONCTL_FETCH_POOLED_URI: '1' } }
        const created = await runNeonctl(
          dir,
          api,
          ['branches', 'create', '--name', `classes-${i}`, '-o', 'json'],
          options,
        )
        assert.equal(created.code, 0, created.stderr)
        assert.equal(JSON.parse(created.stdout).branch.name, `classes-${i}`)
        const uri = await runNeonctl(
          dir,
          api,
          ['connection-string', 'main', '--role-name', 'neondb_owner', '--database-name', 'neondb'],
          options,
        )
        assert.equal(uri.code, 0, uri.stderr)
        assert.match(uri.stdout, /^postgresql:\/\//)
        const missing = await runNeonctl(dir, api, ['branches', 'get', 'no-such-branch', '-o', 'json'], options)
        assert.equal(missing.code, 1)
        assert.match(missing.stderr, /^ERROR: Branch no-such-branch not found/m)
        for (const run of [created, uri, missing]) assert.deepEqual(run.undici, [], `node's undici loaded on ${node}`)
      }
    }),

  'proxy-agent-on-demand': (dir) =>
    withApi(async (api) => {
      const direct = await runNeonctl(dir, api, ['branches', 'list', '-o', 'json'], { trace: true })
      assert.equal(direct.code, 0, direct.stderr)
      assert.deepEqual(await loadedContaining(dir, direct, UNDICI_MARKER), [], 'undici loaded without a proxy')
      await withConnectProxy(async (proxyUrl, seen) => {
        const proxied = await runNeonctl(dir, api, ['branches', 'list', '-o', 'json'], {
          env: { HTTP_PROXY: proxyUrl, NO_PROXY: '', no_proxy: '' },
        })
        assert.equal(proxied.code, 0, proxied.stderr)
        assert.deepEqual(seen, [`CONNECT ${new URL(api.apiHost).host}`])
      })
    }),

  /** yaml loads only for `--output yaml`, and that output still works */
  'yaml-on-demand': (dir) =>
    withApi(async (api) => {
      const json = await runNeonctl(dir, api, ['branches', 'list', '-o', 'json'], { trace: true })
      assert.equal(json.code, 0, json.stderr)
      assert.deepEqual(await loadedContaining(dir, json, YAML_MARKER), [], 'yaml loaded for JSON output')
      const yaml = await runNeonctl(dir, api, ['branches', 'list', '-o', 'yaml'])
      assert.equal(yaml.code, 0, yaml.stderr)
      assert.match(yaml.stdout, /^- id: br-\S+\n\s+name: main$/m)
    }),

  /** the --agent hint (and add-mcp's tables) loads only when a command fails; a failure still reports cleanly */
  'agent-hint-on-failure': (dir) =>
    withApi(async (api) => {
      const ok = await runNeonctl(dir, api, ['branches', 'list', '-o', 'json'], { trace: true })
      assert.equal(ok.code, 0, ok.stderr)
      assert.deepEqual(await loadedContaining(dir, ok, AGENT_HINT_MARKER), [], 'the --agent hint loaded at start')
      const failed = await runNeonctl(dir, api, ['branches', 'list', '-o', 'json'], { apiKey: 'wrong-key' })
      assert.equal(failed.code, 1)
      assert.match(failed.stderr, /^ERROR: Authentication failed/m)
    }),

  /** connection-string <name> also prints the branch the name resolved to */
  'print-resolved-branch': (dir) =>
    withApi(async (api) => {
      const run = await runNeonctl(dir, api, ['connection-string', 'main'], {
        env: { NEONCTL_PRINT_RESOLVED_BRANCH: '1' },
      })
      assert.equal(run.code, 0, run.stderr)
      const line = /^DEBUG: resolved branch (.*)$/m.exec(run.stderr)
      assert.ok(line, `no resolved-branch line in:\n${run.stderr}`)
      assert.equal((JSON.parse(line[1]) as { id: string }).id, api.branches[0].id)
    }),

  /**
   * connection-string sends endpoints, databases and password (and, when asked, the pooled URI) at once; --extended
   * prints the endpoint's id and state and the pooled host
   */
  'connection-string-concurrent': (dir) =>
    withApi(async (api) => {
      const branchPaths = /\/branches\/[^/]+\/(endpoints|databases|roles\/[^/]+\/reveal_password)$|\/connection_uri$/
      api.barrier = { path: branchPaths, count: 4, releaseMs: 2000, held: [], maxHeld: 0 }
      const args = ['connection-string', 'main', '--role-name=neondb_owner', '--database-name=neondb', '--extended']
      const run = await runNeonctl(dir, api, [...args, '-o', 'json'], { env: { NEONCTL_FETCH_POOLED_URI: '1' } })
      assert.equal(run.code, 0, run.stderr)
      assert.equal(api.barrier.maxHeld, 4, `requests in flight together: ${api.barrier.maxHeld}`)
      const output = JSON.parse(run.stdout) as Record<string, string>
      const endpoint = `ep-${api.branches[0].id.slice(3)}`
      assert.deepEqual(
        { id: output.endpoint_id, state: output.endpoint_state, pooled: output.pooler_host },
        { id: endpoint, state: 'active', pooled: `pooled.${endpoint}.local.test` },
      )
      // without the variable: no connection_uri request, the pooled host derived from the endpoint id
      api.barrier = { path: branchPaths, count: 3, releaseMs: 2000, held: [], maxHeld: 0 }
      const derived = await runNeonctl(dir, api, [...args, '-o', 'json'])
      assert.equal(derived.code, 0, derived.stderr)
      assert.equal(api.barrier.maxHeld, 3)
      assert.equal((JSON.parse(derived.stdout) as Record<string, string>).pooler_host, `${endpoint}-pooler.local.test`)
      assert.equal(api.requests.filter((r) => r.path.endsWith('/connection_uri')).length, 1)
      // by id (nothing to list): the branch is asked for alongside the others and printed as a resolved name is
      const byId = api.branches[0].id
      api.barrier = {
        path: new RegExp(`/branches/${byId}(/[a-z_/]+)?$`),
        count: 4,
        releaseMs: 2000,
        held: [],
        maxHeld: 0,
      }
      const viaId = await runNeonctl(dir, api, ['connection-string', byId, ...args.slice(2), '-o', 'json'], {
        env: { NEONCTL_PRINT_RESOLVED_BRANCH: '1' },
      })
      assert.equal(viaId.code, 0, viaId.stderr)
      assert.equal(api.barrier.maxHeld, 4, `requests in flight together by id: ${api.barrier.maxHeld}`)
      const printed = /^DEBUG: resolved branch (\{.*\})$/m.exec(viaId.stderr)
      assert.ok(printed, 'the branch asked for by id is printed')
      assert.equal((JSON.parse(printed[1]) as { id: string }).id, byId)
      // a missing role still fails as before: after the database check, on its password request
      const noRole = await runNeonctl(dir, api, [
        'connection-string',
        'main',
        '--role-name=nobody',
        '--database-name=neondb',
        '-o',
        'json',
      ])
      assert.notEqual(noRole.code, 0)
      assert.match(noRole.stderr, /^ERROR: role not found$/m)
    }),

  /**
   * with NEONCTL_CREATE_REUSES_EXISTING, `branches create` answers the branch its listing found instead of POSTing:
   * its annotation, endpoints and connection (endpoints and both URIs asked at once)
   */
  'create-reuses-existing': (dir) =>
    withApi(async (api) => {
      const token = { 'ephemeral-branch-create-token': 'first' }
      const create = ['branches', 'create', '--name=ci/reused', `--annotation=${JSON.stringify(token)}`, '-o', 'json']
      const first = await runNeonctl(dir, api, create)
      assert.equal(first.code, 0, first.stderr)
      const created = (JSON.parse(first.stdout) as { branch: { id: string } }).branch.id
      api.barrier = { path: /\/endpoints$|\/connection_uri$/, count: 3, releaseMs: 2000, held: [], maxHeld: 0 }
      const env = {
        NEONCTL_CREATE_REUSES_EXISTING: '1',
        NEONCTL_CONNECT_ROLE: 'neondb_owner',
        NEONCTL_CONNECT_DATABASE: 'neondb',
      }
      const again = await runNeonctl(dir, api, create, { env })
      assert.equal(again.code, 0, again.stderr)
      assert.equal(posts(api), 1, 'the second create POSTed')
      assert.equal(api.barrier.maxHeld, 3, `requests in flight together: ${api.barrier.maxHeld}`)
      const output = JSON.parse(again.stdout) as {
        branch: { id: string }
        existing?: boolean
        annotation?: unknown
        endpoints: { current_state: string }[]
        connection_uris: { connection_parameters: Record<string, string> }[]
      }
      const endpoint = `ep-${created.slice(3)}`
      assert.deepEqual(
        {
          id: output.branch.id,
          existing: output.existing,
          annotation: output.annotation,
          state: output.endpoints.map((e) => e.current_state),
          connection: output.connection_uris.map((u) => u.connection_parameters),
        },
        {
          id: created,
          existing: true,
          annotation: token,
          state: ['active'],
          connection: [
            {
              database: 'neondb',
              role: 'neondb_owner',
              password: api.password,
              host: `${endpoint}.local.test`,
              pooler_host: `pooled.${endpoint}.local.test`,
            },
          ],
        },
      )
      // a role the branch lacks: the branch still, without a connection (the action then asks the long way)
      const noRole = await runNeonctl(dir, api, create, { env: { ...env, NEONCTL_CONNECT_ROLE: 'nobody' } })
      assert.equal(noRole.code, 0, noRole.stderr)
      assert.deepEqual((JSON.parse(noRole.stdout) as { connection_uris: unknown[] }).connection_uris, [])

      // NEONCTL_CREATE_POSTS_WITH_LISTING, no parent named: a new name's POST is in flight with the listing
      const alongside = { ...env, NEONCTL_CREATE_POSTS_WITH_LISTING: '1' }
      const main = api.branches.find((b) => b.default)!.id
      api.barrier = { path: /\/branches$/, count: 2, releaseMs: 2000, held: [], maxHeld: 0 }
      const fresh = await runNeonctl(dir, api, ['branches', 'create', '--name=ci/fresh', '-o', 'json'], {
        env: alongside,
      })
      assert.equal(fresh.code, 0, fresh.stderr)
      assert.equal(api.barrier.maxHeld, 2, `listing and POST in flight together: ${api.barrier.maxHeld}`)
      api.barrier = undefined
      const freshOutput = JSON.parse(fresh.stdout) as { branch: { parent_id?: string }; existing?: boolean }
      assert.equal(freshOutput.branch.parent_id, main, 'branched from the default branch')
      assert.equal(freshOutput.existing, undefined, 'created, not answered from the listing')
      // the name exists: Neon refuses the POST (409; 423 when busy) and the listed branch is answered
      for (const refusal of [undefined, 423]) {
        if (refusal) api.fault('POST', /\/branches$/, { status: refusal })
        const before = api.requests.length
        const reused = await runNeonctl(dir, api, create, { env: alongside })
        assert.equal(reused.code, 0, reused.stderr)
        const answer = JSON.parse(reused.stdout) as { branch: { id: string }; existing?: boolean }
        assert.deepEqual([answer.branch.id, answer.existing], [created, true])
        const post = api.requests.slice(before).find((r) => r.method === 'POST')
        assert.equal(post?.status, refusal ?? 409)
      }
      // a POST that failed otherwise may have created the branch: its error, not the listed branch
      api.fault('POST', /\/branches$/, { status: 503 })
      const unknown = await runNeonctl(dir, api, create, { env: alongside })
      assert.notEqual(unknown.code, 0, unknown.stdout)
      assert.equal(unknown.stdout.trim(), '')
    }),

  /** only the commands of the table are registered (and yargs' own `completion`) */
  commands: (dir) =>
    withApi(async (api) => {
      const run = await runNeonctl(dir, api, ['--help'])
      assert.equal(run.code, 0, run.stderr)
      assert.deepEqual(topLevelCommands(run.stdout), ['auth', 'api', 'branches', 'connection-string', 'completion'])
    }),

  /** node-fetch stays an external import() of analytics, not code in the bundle */
  externals: async (dir) => {
    const texts = await Promise.all((await filesUnder(dir)).map((file) => fs.readFile(file, 'utf8')))
    assert.ok(
      texts.some((text) => /(?:\bimport|__nebImport)\("node-fetch"\)/.test(text)),
      'node-fetch was bundled instead of left out',
    )
  },

  /** --version and the User-Agent carry neon's version */
  'version-file': (dir) =>
    withApi(async (api) => {
      const { version } = JSON.parse(
        await fs.readFile(path.join(repoRoot, 'node_modules', 'neon', 'package.json'), 'utf8'),
      ) as { version: string }
      const run = await runNeonctl(dir, api, ['--version'])
      assert.equal(run.stdout.trim(), version, run.stderr.slice(-300))
      await runNeonctl(dir, api, ['branches', 'list', '-o', 'json'])
      assert.deepEqual(
        api.requests.map((r) => r.userAgent),
        [`neonctl v${version}`],
      )
    }),
}

/** `neon X` lines of the top-level help, in order */
export function topLevelCommands(help: string): string[] {
  const section = help.split(/^Commands:$/m)[1]?.split(/^\S.*options:$/im)[0] ?? ''
  return [...section.matchAll(/^neon ([\w-]+)/gm)].map((m) => m[1])
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))
}
