// Baseline for the benchmark: neondatabase/create-branch-action v6.4, re-created from its sources (src/main.ts,
// src/branch.ts, src/annotations.ts; /work/notes/diff-reset-research.md §4) with the same libraries: @actions/core,
// @actions/github's `context`, @neondatabase/api-client. Not that action's code: our rendition of what it does,
// request for request, so the bench compares like with like. bench/run.ts bundles it with esbuild into one
// unminified ESM file, as that action ships one (rollup) bundle, and runs it as a runner runs an action's entry,
// with the inputs and defaults of ./official/action.yml.
//
// Requests (never a wait: it returns before the compute is up, so its users' first query waits for it):
//   name not taken: GET branches?search=<name>&limit=10000, [GET branches?search=<parent>&limit=10000 with a
//                   parent_branch], POST branches (endpoint + annotations), GET endpoints, GET database, GET role,
//                   GET reveal_password
//   name taken:     the same without the parent look-up and the POST
// Left out, as they are off by default: masking rules (POST branch_anonymized) and get_auth_url (GET .../auth).
import * as core from '@actions/core'
import { context } from '@actions/github'
import { createApiClient, EndpointType, type Branch } from '@neondatabase/api-client'

const VERSION = '6.4.0'
const urlRegex = /https?:\/\/[^\s/$.?#].[^\s]*/i
const sslModes = ['require', 'verify-ca', 'verify-full', 'prefer', 'allow', 'disable', 'omit']
const branchTypes = ['default', 'schema-only']

type Api = ReturnType<typeof createApiClient>

const input = (name: string, required = false) => core.getInput(name, { required, trimWhitespace: true })
const optional = (name: string) => input(name) || undefined

async function getBranch(api: Api, projectId: string, nameOrId: string): Promise<Branch | undefined> {
  // the official action's own comment: a limitation past 10000 branches
  const { data } = await api.listProjectBranches({ projectId, search: nameOrId, limit: 10000 })
  return data.branches.find((b) => b.name === nameOrId || b.id === nameOrId)
}

/** The annotations the official action attaches to the branches it creates (src/annotations.ts). */
function annotations(): Record<string, string> {
  const found: Record<string, string> = { 'github-commit-repo': `${context.repo.owner}/${context.repo.repo}` }
  const add = (key: string, value: unknown) => {
    if (value) found[key] = String(value)
  }
  const payload = context.payload as {
    after?: string
    ref?: string
    head_commit?: { message?: string }
    pull_request?: { number?: number; title?: string; head?: { ref?: string } }
  }
  add('github-commit-author-login', context.actor)
  add('github-commit-sha', payload.after)
  add('github-commit-message', payload.head_commit?.message)
  add('github-pr-number', payload.pull_request?.number)
  add('github-pr-title', payload.pull_request?.title)
  add('github-commit-ref', payload.ref || payload.pull_request?.head?.ref)
  add('github-action-ref', context.ref)
  return found
}

async function run(): Promise<void> {
  const apiKey = input('api_key', true)
  const projectId = input('project_id', true)
  const apiHost = input('api_host')
  const usePrisma = input('prisma') === 'true'
  const database = input('database')
  const role = input('role')
  const branchType = input('branch_type')
  const sslMode = input('ssl')
  const parentBranch = optional('parent_branch')
  const branchName = optional('branch_name')
  const expiresAt = optional('expires_at')
  if (!urlRegex.test(apiHost)) throw new Error('API host must be a valid URL')
  if (!sslModes.includes(sslMode)) throw new Error(`Invalid SSL mode: ${sslMode}`)
  if (!branchTypes.includes(branchType)) throw new Error(`Invalid branch type: ${branchType}`)
  const suspendTimeout = parseInt(input('suspend_timeout'), 10)
  if (isNaN(suspendTimeout)) throw new Error('Suspend timeout must be a number')

  const api = createApiClient({
    apiKey,
    baseURL: apiHost,
    timeout: 10000,
    headers: { 'User-Agent': `neon-create-branch-action v${VERSION}` },
  })

  let branch = branchName ? await getBranch(api, projectId, branchName) : undefined
  const created = !branch
  if (!branch) {
    let parentId: string | undefined
    if (parentBranch) {
      parentId = (await getBranch(api, projectId, parentBranch))?.id
      if (!parentId) throw new Error(`Parent branch ${parentBranch} not found`)
    }
    const { data } = await api.createProjectBranch(projectId, {
      endpoints: [{ type: EndpointType.ReadWrite, suspend_timeout_seconds: suspendTimeout }],
      branch: {
        name: branchName,
        parent_id: parentId,
        init_source: branchType === 'schema-only' ? 'schema-only' : undefined,
        expires_at: expiresAt,
      },
      annotation_value: annotations(),
    })
    branch = data.branch
  }

  const { data: list } = await api.listProjectBranchEndpoints(projectId, branch.id)
  if (list.endpoints.length === 0) throw new Error('Failed to get branch endpoints. No endpoints found for branch')
  const endpoint = list.endpoints[0]
  await api.getProjectBranchDatabase(projectId, branch.id, database)
  await api.getProjectBranchRole(projectId, branch.id, role)
  const { data: secret } = await api.getProjectBranchRolePassword(projectId, branch.id, role)

  const hostPooled = endpoint.host.replace(endpoint.id, `${endpoint.id}-pooler`)
  const url = (host: string, pooled: boolean) => {
    const u = new URL(`postgresql://${host}`)
    u.pathname = database
    u.username = role
    u.password = secret.password
    if (usePrisma) {
      u.searchParams.set('connect_timeout', '30')
      if (pooled) {
        u.searchParams.set('pool_timeout', '30')
        u.searchParams.set('pgbouncer', 'true')
      }
    }
    if (sslMode !== 'omit') u.searchParams.set('sslmode', sslMode)
    return u.toString()
  }

  core.info(
    created
      ? `Branch ${branchName} created successfully`
      : `Branch ${branchName} already exists, reusing existing branch`,
  )
  core.setOutput('created', created)
  core.setOutput('db_url', url(endpoint.host, false))
  core.setOutput('db_url_pooled', url(hostPooled, true))
  core.setOutput('db_host', endpoint.host)
  core.setOutput('db_host_pooled', hostPooled)
  core.setOutput('password', secret.password)
  core.setOutput('branch_id', branch.id)
  if (branch.expires_at) core.setOutput('expires_at', branch.expires_at)
}

try {
  await run()
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : `Unknown error: ${String(error)}`)
}
