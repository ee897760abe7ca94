// NeonClient over the shipped neonctl: one neonctl process per call on the happy path, transient failures retried
// with backoff and full jitter under one overall deadline, and a create whose outcome is unknown never repeated
// blindly.
import {
  CREATE_TOKEN_ANNOTATION,
  MissingConnectionTarget,
  NeonError,
  createdWithToken,
  type Creation,
  type Branch,
  type BranchConnection,
  type BranchWithConnection,
  type Connection,
  type CreateBranchRequest,
  type DeleteOutcome,
  type NeonClient,
} from './client.js'
import { deleteRefusal, resetRefusal, reuseRefusal } from '../branch-policy.js'
import {
  diagnose,
  failedRequest,
  notFoundSubject,
  traceRequests,
  type Diagnosis,
  type RequestTrace,
} from './diagnose.js'
import {
  BRANCH_ID,
  computeState,
  computeStateOfEndpoints,
  connectionFromExtended,
  connectionFromUris,
  isApiBranch,
  toBranch,
  type ApiBranch,
  type ApiConnectionUri,
  type ExtendedConnectionString,
} from './mapping.js'
import { createNeonctlInvoker, type NeonctlInvoker, type NeonctlRunSettings } from './neonctl-runner.js'
import {
  defaultBackoff,
  Deadline,
  formatDelay,
  retryDelay,
  systemClock,
  type BackoffPolicy,
  type Clock,
} from './retry.js'

export interface NeonLogger {
  info(message: string): void
  debug?(message: string): void
}

export interface NeonctlClientOptions {
  apiKey: string
  projectId: string
  /** Neon API base URL; empty or undefined means Neon's. */
  apiHost?: string
  /** One deadline for all the work of this client (the `timeout` input), retries and waits included. */
  deadlineMs: number
  /** Longest a single neonctl run may take before it is stopped and counted as a timeout. */
  attemptTimeoutMs?: number
  logger?: NeonLogger
  backoff?: Partial<BackoffPolicy>
  clock?: Clock
  /** Replaces the real neonctl (unit tests). */
  invoker?: NeonctlInvoker
  runner?: Omit<NeonctlRunSettings, 'apiKey' | 'apiHost'>
}

const PAGE_LIMIT = 100
const DEFAULT_ATTEMPT_TIMEOUT_MS = 60_000

const RESOLVED_BRANCH = /^DEBUG: resolved branch (\{.*\})$/m

/** The branch our shipped neonctl says a name resolved to (NEONCTL_PRINT_RESOLVED_BRANCH). */
function resolvedBranch(stderr: string): ApiBranch | undefined {
  const match = RESOLVED_BRANCH.exec(stderr)
  if (!match) return undefined
  try {
    const parsed: unknown = JSON.parse(match[1])
    return isApiBranch(parsed) ? parsed : undefined
  } catch {
    return undefined
  }
}

/** A value for neonctl's command line: one that could be read as a flag is refused, not passed. */
function argument(value: string): string {
  if (value === '' || value.startsWith('-'))
    throw new NeonError('invalid', `'${value}' cannot be passed to neonctl (empty or starting with '-')`)
  return value
}

/** A failure worth another attempt; carries the diagnosis for the retry log. */
class TransientFailure extends Error {
  constructor(readonly diagnosis: Diagnosis) {
    super(diagnosis.reason)
  }
}

export class NeonctlClient implements NeonClient {
  private readonly invoke: NeonctlInvoker
  private readonly clock: Clock
  private readonly deadline: Deadline
  private readonly policy: BackoffPolicy
  private readonly attemptTimeoutMs: number
  private readonly logger: NeonLogger
  private readonly projectId: string
  /** Branches seen in answers, so a delete can refuse a default/protected branch without asking again. */
  private readonly known = new Map<string, Branch>()

  constructor(options: NeonctlClientOptions) {
    this.clock = options.clock ?? systemClock
    this.deadline = new Deadline(this.clock, options.deadlineMs)
    this.policy = { ...defaultBackoff, ...options.backoff }
    this.attemptTimeoutMs = options.attemptTimeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS
    this.logger = options.logger ?? { info: () => {} }
    this.projectId = options.projectId
    this.invoke =
      options.invoker ??
      createNeonctlInvoker({ ...options.runner, apiKey: options.apiKey, apiHost: options.apiHost || undefined })
  }

  async createOrReuseBranch(request: CreateBranchRequest): Promise<BranchWithConnection> {
    const args = ['branches', 'create', `--name=${argument(request.name)}`, ...this.projectArgs()]
    if (request.parent) args.push(`--parent=${argument(request.parent)}`)
    if (request.expiresAt) args.push(`--expires-at=${argument(request.expiresAt)}`)
    if (request.suspendTimeoutSeconds !== undefined)
      args.push('--suspend-timeout', String(request.suspendTimeoutSeconds))
    if (request.schemaOnly) args.push('--schema-only')
    // neonctl's hidden --annotation flag becomes the request's annotation_value, stored with the branch atomically.
    if (request.createToken)
      args.push(`--annotation=${JSON.stringify({ [CREATE_TOKEN_ANNOTATION]: request.createToken })}`)

    // Our neonctl answers an existing branch of that name from the listing it makes before its POST, with its
    // connection for this role and database; with no parent named, the POST goes out alongside that listing
    // (scripts/neonctl-edits.mjs, create-reuses-existing).
    const reuseEnv = {
      NEONCTL_CREATE_REUSES_EXISTING: '1',
      NEONCTL_CREATE_POSTS_WITH_LISTING: '1',
      NEONCTL_CONNECT_ROLE: request.role,
      NEONCTL_CONNECT_DATABASE: request.database,
    }
    // Set once an attempt's outcome was unknown: a branch with our name may then be our own POST having landed.
    let mayHaveLanded = false
    let known: { branch: Branch; created: boolean } | undefined
    try {
      const found = await this.withRetries('branches create', async (): Promise<Found> => {
        const run = await this.run(args, { env: reuseEnv })
        if (run.ok) {
          const output = run.json as CreateOutput | ApiBranch
          const apiBranch = 'branch' in output && output.branch ? output.branch : output
          if (!isApiBranch(apiBranch)) throw new NeonError('unknown', "neonctl's create printed no branch")
          const uris = 'connection_uris' in output ? output.connection_uris : undefined
          if (!('existing' in output && output.existing === true))
            return { branch: this.remember(toBranch(apiBranch)), created: true, uris }
          // Our neonctl found the name in its listing and did not POST. Ours only if an earlier attempt's POST
          // may have landed and the branch carries our token; otherwise another job's (or run's) branch, reused.
          this.logger.info(`Branch '${request.name}' already exists; reusing it`)
          const branch = this.adoptable(this.remember(toBranch(apiBranch, output.annotation)), request)
          const created = mayHaveLanded && createdWithToken(branch, request.createToken)
          return {
            branch,
            created,
            uris,
            computeState: created ? undefined : computeStateOfEndpoints(output.endpoints),
          }
        }
        const failure = run.diagnosis
        if (failure.code === 'conflict') {
          this.logger.info(`Branch '${request.name}' already exists; reusing it`)
          // Only an earlier attempt of ours can have made it, and only if that attempt's outcome was unknown.
          if (!mayHaveLanded) return { ...(await this.adopt(request, failure)), created: false }
          const branch = await this.findBranch(request.name)
          if (!branch) throw this.invisibleConflict(request, failure)
          return { branch: this.adoptable(branch, request), created: createdWithToken(branch, request.createToken) }
        }
        if (failure.code === 'transient' && failure.outcomeUnknown) {
          mayHaveLanded = true
          this.logger.info(
            `Outcome of 'branches create' unknown (${failure.reason}); looking '${request.name}' up by name`,
          )
          const branch = await this.findBranch(request.name)
          // Ours only if it carries our token; a branch another job created is reused, never claimed.
          if (branch)
            return { branch: this.adoptable(branch, request), created: createdWithToken(branch, request.createToken) }
        }
        throw this.failure(failure)
      })
      known = { branch: found.branch, created: found.created }
      const connection =
        found.connection ??
        connectionFromUris(found.uris, request.database, request.role) ??
        (await this.getConnection(found.branch.id, request.database, request.role))
      return { branch: found.branch, connection, created: found.created, computeState: found.computeState }
    } catch (error) {
      const creation: Creation = known
        ? { kind: 'known', ...known }
        : mayHaveLanded
          ? { kind: 'unknown' }
          : { kind: 'none' }
      throw withCreation(error, creation)
    }
  }

  async findBranch(name: string): Promise<Branch | undefined> {
    const branches = await this.listPages('branches find', { search: name })
    return branches.find((branch) => branch.name === name)
  }

  async getConnection(branch: string, database: string, role: string): Promise<Connection> {
    return (await this.connectionString(branch, database, role)).connection
  }

  async findBranchWithConnection(name: string, database: string, role: string): Promise<BranchConnection | undefined> {
    // neonctl takes an id-shaped argument as an id, not a name: look such names up the long way.
    if (BRANCH_ID.test(name)) {
      const branch = await this.findBranch(name)
      if (!branch) return undefined
      const { connection, computeState } = await this.connectionString(branch.id, database, role)
      return { branch, connection, computeState }
    }
    try {
      const { connection, resolved, computeState } = await this.connectionString(name, database, role)
      if (resolved && resolved.name === name)
        return { branch: this.remember(toBranch(resolved)), connection, computeState }
      // a neonctl without our patch: the name resolved, but we were not told to what
      const branch = await this.findBranch(name)
      return branch && { branch, connection, computeState }
    } catch (error) {
      if (error instanceof NeonError && error.code === 'not-found' && /^Branch .* not found/.test(error.message))
        return undefined
      throw error
    }
  }

  async findBranchByIdWithConnection(
    id: string,
    database: string,
    role: string,
  ): Promise<BranchConnection | undefined> {
    if (!BRANCH_ID.test(id)) throw new NeonError('invalid', `'${id}' is not a branch id (br-...)`)
    try {
      const { connection, resolved, computeState } = await this.connectionString(id, database, role)
      if (resolved?.id === id) return { branch: this.remember(toBranch(resolved)), connection, computeState }
      // a neonctl without our patch: connected, but not told to which branch
      const branch = (await this.listBranches()).find((b) => b.id === id)
      return branch && { branch, connection, computeState }
    } catch (error) {
      // the first request to fail, in the order sent, is the branch's own: no branch has this id
      if (error instanceof NeonError && error.code === 'not-found') return undefined
      throw error
    }
  }

  /**
   * `connection-string <branch> --extended`: four requests for a name (resolve, endpoints, databases, password); for
   * an id, the branch itself instead of the look-up, all at once.
   */
  private async connectionString(
    branch: string,
    database: string,
    role: string,
  ): Promise<{ connection: Connection; resolved?: ApiBranch; computeState?: string }> {
    const args = [
      'connection-string',
      argument(branch),
      `--role-name=${argument(role)}`,
      `--database-name=${argument(database)}`,
      '--extended',
    ]
    const { output, resolved } = await this.withRetries('connection-string', async () => {
      const run = await this.run([...args, ...this.projectArgs()])
      if (!run.ok) throw this.missingTarget(run.diagnosis, branch, database, role) ?? this.failure(run.diagnosis)
      return { output: run.json as ExtendedConnectionString, resolved: run.resolved }
    })
    if (!output || typeof output.host !== 'string' || typeof output.password !== 'string') {
      throw new NeonError('unknown', "neonctl's connection-string printed no connection details")
    }
    const connection = connectionFromExtended(output)
    // Neon's hosts name the endpoint, and its pooler is that name + "-pooler". A host without it (a Neon-compatible
    // server such as the local one) says nothing about the pooler: our neonctl asked the API for the pooled URI
    // alongside (pooler_host); a neonctl that did not is followed by that request.
    const branchId = resolved?.id ?? (BRANCH_ID.test(branch) ? branch : undefined)
    if (output.pooler_host === undefined && connection.poolerHost === connection.host && branchId) {
      connection.poolerHost = (await this.pooledHost(branchId, database, role)) ?? connection.host
    }
    return { connection, resolved, computeState: computeState(output.endpoint_state, output.endpoint_pending_state) }
  }

  /** The host of `GET /projects/P/connection_uri?pooled=true` (one request through `neonctl api`). */
  private async pooledHost(branchId: string, database: string, role: string): Promise<string | undefined> {
    const query = { branch_id: branchId, database_name: database, role_name: role, pooled: 'true' }
    const output = await this.withRetries('connection_uri', async () => {
      const args = ['api', `/projects/${encodeURIComponent(this.projectId)}/connection_uri`]
      for (const [key, value] of Object.entries(query)) args.push('-Q', `${key}=${value}`)
      const run = await this.run(args)
      if (!run.ok) throw this.failure(run.diagnosis)
      return run.json as { uri?: unknown }
    })
    if (typeof output?.uri !== 'string') return undefined
    try {
      return new URL(output.uri).host || undefined
    } catch {
      return undefined
    }
  }

  /** The role or database that `connection-string` found missing on the branch, if that is why it failed. */
  private missingTarget(
    failure: Diagnosis,
    branch: string,
    database: string,
    role: string,
  ): MissingConnectionTarget | undefined {
    // neonctl checks the database against the branch's list itself; the role shows as a 404 on its password.
    if (/^Database not found\b/i.test(failure.message ?? '')) {
      return new MissingConnectionTarget('database', database, `branch ${branch} has no database '${database}'`)
    }
    const last = failedRequest(failure.requests)
    if (last?.status === 404 && /\/roles\/[^/]+\/reveal_password$/.test(last.path.split('?')[0])) {
      return new MissingConnectionTarget('role', role, `branch ${branch} has no role '${role}'`)
    }
    return undefined
  }

  async deleteBranch(branchId: string): Promise<DeleteOutcome> {
    if (!BRANCH_ID.test(branchId)) {
      throw new NeonError('invalid', `Refusing to delete '${branchId}': not a branch id (br-...)`)
    }
    const known = this.known.get(branchId)
    const refusal = known && deleteRefusal(known)
    if (refusal) throw new NeonError('protected', refusal)
    let mayHaveDeleted = false
    const gone = (): DeleteOutcome => (mayHaveDeleted ? 'deleted' : 'already-gone')
    return this.withRetries('branches delete', async () => {
      // A branch already gone answers 204: neonctl then prints nothing, or (when the empty body was typed as JSON)
      // crashes with `The "chunk" argument must be of type string`. The status in its trace tells.
      const run = await this.run(['branches', 'delete', branchId, ...this.projectArgs()], { emptyOutputAllowed: true })
      const last = run.requests.at(-1)
      if (last?.method === 'DELETE' && last.status === 204) return gone()
      if (run.ok) return 'deleted'
      const failure = run.diagnosis
      // Gone only if the 404 says the branch is: a 404 for the project (wrong project_id, deleted project) is not.
      if (failure.code === 'not-found') {
        const subject = notFoundSubject(failure.message)
        if (subject === 'branch' || (subject !== 'project' && (await this.projectExists()))) return gone()
        throw new NeonError('project-not-found', this.projectNotFound(failure))
      }
      if (failure.code === 'project-not-found') throw new NeonError(failure.code, this.projectNotFound(failure))
      if (failure.code === 'invalid' && /default|protected|primary|root/i.test(failure.message ?? '')) {
        throw new NeonError('protected', `Neon refused to delete branch ${branchId}: ${failure.reason}`)
      }
      if (failure.outcomeUnknown) mayHaveDeleted = true
      throw this.failure(failure)
    })
  }

  async listBranches(): Promise<Branch[]> {
    return this.listPages('branches list', {})
  }

  /** `branches set-expiration <id>`: one request (PATCH), since an id needs no lookup. */
  async setExpiration(branchId: string, expiresAt: string): Promise<Branch> {
    if (!BRANCH_ID.test(branchId)) throw new NeonError('invalid', `'${branchId}' is not a branch id (br-...)`)
    const args = ['branches', 'set-expiration', branchId, `--expires-at=${argument(expiresAt)}`, ...this.projectArgs()]
    const output = await this.withRetries('branches set-expiration', async () => {
      const run = await this.run(args)
      if (!run.ok) throw this.failure(run.diagnosis)
      return run.json
    })
    if (!isApiBranch(output)) throw new NeonError('unknown', "neonctl's set-expiration printed no branch")
    return this.remember(toBranch(output))
  }

  /** `branches get <id>`: one request. */
  async getBranch(branchId: string): Promise<Branch> {
    if (!BRANCH_ID.test(branchId)) throw new NeonError('invalid', `'${branchId}' is not a branch id (br-...)`)
    const output = await this.withRetries('branches get', async () => {
      const run = await this.run(['branches', 'get', branchId, ...this.projectArgs()])
      if (!run.ok) throw this.failure(run.diagnosis)
      return run.json
    })
    if (!isApiBranch(output)) throw new NeonError('unknown', "neonctl's branches get printed no branch")
    return this.remember(toBranch(output))
  }

  /**
   * `branches schema-diff <id> ^parent --database D`: four requests (the branch for its parent, its databases, both
   * schemas). neonctl prints a unified diff (not JSON, whatever -o says) and exits 0 whether or not anything differs.
   */
  async schemaDiffWithParent(branchId: string, database: string): Promise<string> {
    if (!BRANCH_ID.test(branchId)) throw new NeonError('invalid', `'${branchId}' is not a branch id (br-...)`)
    const args = ['branches', 'schema-diff', branchId, '^parent', `--database=${argument(database)}`]
    return this.withRetries('branches schema-diff', async () => {
      const run = await this.run([...args, '--project-id', this.projectId], { text: true })
      if (!run.ok) throw this.failure(run.diagnosis)
      return run.text
    })
  }

  /**
   * `branches reset <id> --parent`: two requests (the branch for its parent, the restore). Repeating it after an
   * unknown outcome is safe: a second reset leaves the branch as the first one would.
   */
  async resetToParent(branchId: string): Promise<Branch> {
    if (!BRANCH_ID.test(branchId)) throw new NeonError('invalid', `Refusing to reset '${branchId}': not a branch id`)
    const known = this.known.get(branchId)
    const refusal = known && resetRefusal(known)
    if (refusal) throw new NeonError('protected', refusal)
    const output = await this.withRetries('branches reset', async () => {
      const run = await this.run(['branches', 'reset', branchId, '--parent', ...this.projectArgs()])
      if (run.ok) return run.json
      const failure = run.diagnosis
      if (/has no parent/i.test(failure.message ?? '')) {
        throw new NeonError('invalid', `Branch ${branchId} has no parent (a root branch), so it cannot be reset`)
      }
      if (failure.code === 'invalid' && /default|protected|primary|root/i.test(failure.message ?? '')) {
        throw new NeonError('protected', `Neon refused to reset branch ${branchId}: ${failure.reason}`)
      }
      throw this.failure(failure)
    })
    if (!isApiBranch(output)) throw new NeonError('unknown', "neonctl's branches reset printed no branch")
    return this.remember(toBranch(output))
  }

  // --- internals ---

  private projectNotFound(failure: Diagnosis): string {
    return (
      `Neon did not find project ${this.projectId} (${failure.reason}): check project_id, and that the API key ` +
      'belongs to an account or organization that can see the project'
    )
  }

  /** GET /projects/P: whether the project exists for this key (a 404 that did not say what was missing). */
  private async projectExists(): Promise<boolean> {
    return this.withRetries('project get', async () => {
      const run = await this.run(['api', `/projects/${encodeURIComponent(this.projectId)}`])
      if (run.ok) return true
      if (run.diagnosis.status === 404) return false
      throw this.failure(run.diagnosis)
    })
  }

  private projectArgs(): string[] {
    return ['--project-id', this.projectId, '-o', 'json']
  }

  /** Every page of GET /projects/P/branches through `neonctl api` (neonctl's `branches list` drops pagination). */
  private async listPages(label: string, query: Record<string, string>): Promise<Branch[]> {
    const branches: Branch[] = []
    const seen = new Set<string>()
    let cursor: string | undefined
    for (;;) {
      const params = { ...query, limit: String(PAGE_LIMIT), ...(cursor ? { cursor } : {}) }
      const page = await this.withRetries(label, async () => {
        const args = ['api', `/projects/${encodeURIComponent(this.projectId)}/branches`]
        for (const [key, value] of Object.entries(params)) args.push('-Q', `${key}=${value}`)
        const run = await this.run(args)
        if (!run.ok) throw this.failure(run.diagnosis)
        return run.json as {
          branches?: ApiBranch[]
          annotations?: Record<string, { value?: unknown } | undefined>
          pagination?: { next?: string }
        }
      })
      if (!page || !Array.isArray(page.branches) || !page.branches.every(isApiBranch)) {
        throw new NeonError('unknown', 'The branch listing was not understood; refusing to treat it as complete')
      }
      for (const api of page.branches) {
        if (seen.has(api.id)) continue
        seen.add(api.id)
        branches.push(this.remember(toBranch(api, page.annotations?.[api.id]?.value)))
      }
      const next = page.pagination?.next
      if (!next || page.branches.length === 0) return branches
      if (next === cursor)
        throw new NeonError('unknown', 'The branch listing repeated a page; refusing to treat it as complete')
      cursor = next
    }
  }

  private async adopt(request: CreateBranchRequest, conflict: Diagnosis): Promise<BranchConnection> {
    const existing = await this.findBranchWithConnection(request.name, request.database, request.role)
    if (!existing) throw this.invisibleConflict(request, conflict)
    this.adoptable(existing.branch, request)
    return existing
  }

  /** 409 for a name we cannot see: not ours to guess about. */
  private invisibleConflict(request: CreateBranchRequest, conflict: Diagnosis): NeonError {
    return new NeonError(
      'conflict',
      `Creating '${request.name}' conflicted (${conflict.reason}), but no branch has that name`,
    )
  }

  private adoptable(branch: Branch, request: CreateBranchRequest): Branch {
    if (branch.name !== request.name) throw new NeonError('unknown', 'internal: adopting a branch of another name')
    const refusal = reuseRefusal(branch, request)
    if (refusal) throw new NeonError('conflict', refusal)
    return branch
  }

  private remember(branch: Branch): Branch {
    this.known.set(branch.id, branch)
    return branch
  }

  private async run(
    args: string[],
    options: { emptyOutputAllowed?: boolean; text?: boolean; env?: Record<string, string> } = {},
  ): Promise<
    ({ ok: true; json: unknown; text: string } | { ok: false; diagnosis: Diagnosis }) & {
      requests: RequestTrace[]
      resolved?: ApiBranch
    }
  > {
    const remaining = this.deadline.remaining()
    if (remaining <= 0) throw this.deadlineError(args.slice(0, 2).join(' '))
    const result = await this.invoke(args, Math.min(remaining, this.attemptTimeoutMs), options.env)
    const requests = traceRequests(result.stderr)
    const resolved = resolvedBranch(result.stderr)
    if (result.exitCode === 0 && !result.timedOut) {
      const text = result.stdout
      if (options.text) return { ok: true, json: undefined, text, requests, resolved }
      if (options.emptyOutputAllowed && text.trim() === '')
        return { ok: true, json: undefined, text, requests, resolved }
      try {
        return { ok: true, json: JSON.parse(text), text, requests, resolved }
      } catch {
        // stdout may hold secrets: never include it in the message
        throw new NeonError('unknown', `neonctl ${args.slice(0, 2).join(' ')} printed output that is not JSON`)
      }
    }
    const diagnosis = diagnose(result, this.clock.now())
    this.logger.debug?.(`neonctl ${args[0]} failed: ${diagnosis.reason}`)
    return { ok: false, diagnosis, requests, resolved }
  }

  private failure(diagnosis: Diagnosis): Error {
    if (diagnosis.code === 'transient') return new TransientFailure(diagnosis)
    return new NeonError(diagnosis.code, diagnosis.reason)
  }

  private deadlineError(label: string, last?: string): NeonError {
    const total = formatDelay(this.deadline.totalMs)
    return new NeonError(
      'deadline',
      `'${label}' did not succeed within the ${total} deadline${last ? `; last error: ${last}` : ''}`,
    )
  }

  /** Runs `attempt` until it succeeds, fails for good, the attempts run out, or the deadline would pass. */
  private async withRetries<T>(label: string, attempt: () => Promise<T>): Promise<T> {
    let lastAnswer: Diagnosis | undefined
    for (let number = 1; ; number++) {
      try {
        return await attempt()
      } catch (error) {
        if (!(error instanceof TransientFailure)) throw error
        const { diagnosis } = error
        if (diagnosis.status !== undefined) lastAnswer = diagnosis
        // an attempt cut short by the deadline says less than the last answer Neon gave
        const last =
          diagnosis.status === undefined && lastAnswer
            ? `${diagnosis.reason} (before that: ${lastAnswer.reason})`
            : diagnosis.reason
        if (number >= this.policy.maxAttempts) {
          throw new NeonError('transient', `'${label}' failed ${number} times; last error: ${last}`)
        }
        const delay = retryDelay(number - 1, diagnosis, this.policy, () => this.clock.random())
        if (delay >= this.deadline.remaining()) throw this.deadlineError(label, last)
        this.logger.info(`Retrying '${label}' in ${formatDelay(delay)}: ${diagnosis.reason}`)
        await this.clock.sleep(delay)
      }
    }
  }
}

/** `branches create -o json`: the POST's answer, or (our neonctl) the existing branch of that name. */
interface CreateOutput {
  branch?: ApiBranch
  connection_uris?: ApiConnectionUri[]
  existing?: boolean
  annotation?: unknown
  endpoints?: unknown
}

interface Found {
  branch: Branch
  created: boolean
  connection?: Connection
  computeState?: string
  uris?: ApiConnectionUri[]
}

/** Marks an error from createOrReuseBranch with what the create left behind. */
function withCreation(error: unknown, creation: Creation): NeonError {
  const marked =
    error instanceof NeonError
      ? error
      : new NeonError('unknown', error instanceof Error ? error.message : String(error))
  marked.creation = creation
  return marked
}
