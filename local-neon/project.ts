// The state of one local Neon project (branches, endpoints, roles, databases) and the changes Neon makes to it.
// Each change asks policy.ts first, then runs its PostgreSQL work as operations (operations.ts) that hold the
// project lock, in the branch's own queue so that two changes never touch one cluster at once. The clusters, ports
// and poolers themselves live in compute/.
import { rename } from 'node:fs/promises'
import path from 'node:path'
import { ApiError, badRequest, conflict, notFound } from './api-error.js'
import { setPassword } from './compute/catalog.js'
import { Compute } from './compute/compute.js'
import { reservePort } from './compute/ports.js'
import { PostgresCluster, removeDir, type ClusterEnvironment } from './compute/postgres-cluster.js'
import { dumpSchema } from './compute/schema-dump.js'
import type { History, PointInTime } from './history.js'
import { newBranchId, newEndpointId, newRolePassword } from './ids.js'
import { Operations, type OperationRecord, type OperationStep } from './operations.js'
import * as policy from './policy.js'
import { RolesAndDatabases } from './roles-databases.js'
import {
  time,
  type BranchRecord,
  type BranchState,
  type CreateBranchInput,
  type DatabaseRecord,
  type EndpointInput,
  type EndpointRecord,
  type EndpointState,
  type RoleRecord,
} from './records.js'

export type { BranchRecord, CreateBranchInput, DatabaseRecord, EndpointRecord, RoleRecord }
export { time }

export interface ProjectSettings {
  projectId: string
  dataDir: string
  environment: ClusterEnvironment
  owner: { role: string; password: string; database: string }
  operations: Operations
  history: History
  /** Extra delay before new endpoints accept connections (a test aid). */
  slowStartMs: () => number
  log: (line: string) => void
}

/** Neon's default suspend_timeout_seconds (0 in a request means this). */
export const DEFAULT_SUSPEND_TIMEOUT_SECONDS = 300

export class LocalProject {
  readonly branches = new Map<string, BranchRecord>()
  readonly endpoints = new Map<string, EndpointRecord>()
  readonly createdAt = new Date()
  readonly operations: Operations
  readonly rolesAndDatabases = new RolesAndDatabases(this)
  private readonly history: History
  private readonly pending = new Set<Promise<unknown>>()
  /** Deleted branches whose compute and data are not gone yet (their operations run after the answer). */
  private readonly deleted = new Set<BranchRecord>()
  private nextDatabaseId = 1000
  private stopping = false

  constructor(private readonly settings: ProjectSettings) {
    this.operations = settings.operations
    this.history = settings.history
  }

  get id(): string {
    return this.settings.projectId
  }

  /** Creates the default branch `main` and waits until it accepts connections. */
  async initialise(): Promise<void> {
    const id = newBranchId()
    const cluster = await PostgresCluster.create(
      path.join(this.settings.dataDir, id),
      await reservePort(),
      this.settings.environment,
      id,
      this.settings.owner,
      (dataDir) => this.history.prepare(dataDir),
    )
    const compute = await Compute.open(this.settings.environment, cluster)
    const now = new Date()
    const branch: BranchRecord = {
      id,
      name: 'main',
      createdAt: now,
      updatedAt: now,
      stateChangedAt: now,
      state: 'ready',
      isDefault: true,
      isRoot: true,
      protected: false,
      initSource: 'parent-data',
      compute,
      work: Promise.resolve(),
      roles: [
        { name: this.settings.owner.role, password: this.settings.owner.password, createdAt: now, updatedAt: now },
      ],
      databases: [
        {
          id: this.newDatabaseId(),
          name: this.settings.owner.database,
          ownerName: this.settings.owner.role,
          createdAt: now,
          updatedAt: now,
        },
      ],
    }
    await this.history.track(branch.id, cluster, undefined)
    this.branches.set(id, branch)
    const endpoint = this.addEndpointRecord(branch, { type: 'read_write' })
    await compute.route()
    this.activate(endpoint)
  }

  // --- lookups ---

  defaultBranch(): BranchRecord {
    const branch = [...this.branches.values()].find((b) => b.isDefault)
    if (!branch) throw new Error('the project has no default branch')
    return branch
  }

  branch(id: string): BranchRecord {
    const branch = this.branches.get(id)
    if (!branch) throw notFound(`branch ${id} not found`)
    return branch
  }

  endpoint(id: string): EndpointRecord {
    const endpoint = this.endpoints.get(id)
    if (!endpoint) throw notFound(`endpoint ${id} not found`)
    return endpoint
  }

  endpointsOf(branchId: string): EndpointRecord[] {
    return [...this.endpoints.values()].filter((e) => e.branchId === branchId)
  }

  childrenOf(branchId: string): BranchRecord[] {
    return [...this.branches.values()].filter((b) => b.parentId === branchId)
  }

  role(branch: BranchRecord, name: string): RoleRecord {
    const role = branch.roles.find((r) => r.name === name)
    if (!role) throw notFound(`role ${name} not found`)
    return role
  }

  database(branch: BranchRecord, name: string): DatabaseRecord {
    const database = branch.databases.find((d) => d.name === name)
    if (!database) throw notFound(`database ${name} not found`)
    return database
  }

  facts(branch: BranchRecord): policy.BranchFacts {
    return {
      id: branch.id,
      isDefault: branch.isDefault,
      isRoot: branch.isRoot,
      protected: branch.protected,
      expiresAt: branch.expiresAt,
      hasChildren: this.childrenOf(branch.id).length > 0,
      hasParent: branch.parentId !== undefined,
    }
  }

  /** How far back a point in time may go (the project's history_retention_seconds). */
  get historyRetentionSeconds(): number {
    return this.history.retentionSeconds
  }

  // --- branches ---

  async createBranch(input: CreateBranchInput) {
    const parent = input.parentId ? this.branches.get(input.parentId) : this.defaultBranch()
    if (!parent) throw notFound(`branch ${input.parentId} not found`)
    if (input.name !== undefined) this.assertNameFree(input.name)
    policy.assertNewBranch(input)
    if (!input.schemaOnly) policy.assertMayBranchFrom(this.facts(parent))
    if (input.endpoints.filter((e) => e.type === 'read_write').length > 1)
      throw badRequest('a branch can have only one read_write endpoint')
    if (input.schemaOnly && !input.endpoints.some((e) => e.type === 'read_write'))
      throw badRequest('schema-only branches require a read_write endpoint')
    if (input.point) await this.history.assertAvailable(parent.id, input.point)

    const id = newBranchId()
    const dataDir = path.join(this.settings.dataDir, id)
    const cluster = new PostgresCluster(dataDir, await reservePort(), this.settings.environment, id)
    // The endpoint's ports listen before the answer names them: early connections wait for the compute, as on Neon.
    const compute = await Compute.open(this.settings.environment, cluster)
    if (input.name !== undefined && this.nameTaken(input.name)) {
      await compute.close()
      this.assertNameFree(input.name) // the name was taken while we waited: 409
    }
    const now = new Date()
    const branch: BranchRecord = {
      id,
      name: input.name ?? id,
      parentId: input.schemaOnly ? undefined : parent.id,
      parentLsn: input.point?.lsn,
      parentTimestamp: input.point?.timestamp && time(input.point.timestamp),
      createdAt: now,
      updatedAt: now,
      stateChangedAt: now,
      state: 'init',
      isDefault: false,
      isRoot: false,
      protected: input.protected ?? false,
      expiresAt: input.expiresAt,
      ttlIntervalSeconds: input.expiresAt ? Math.round((input.expiresAt.getTime() - now.getTime()) / 1000) : undefined,
      initSource: input.schemaOnly ? 'schema-only' : 'parent-data',
      compute,
      // Neon: a child of a protected branch gets new passwords for its roles
      roles: parent.roles.map((r) => (parent.protected ? { ...r, password: newRolePassword() } : { ...r })),
      databases: parent.databases.map((d) => ({ ...d, id: this.newDatabaseId() })),
      annotation: input.annotation && { value: input.annotation, createdAt: now, updatedAt: now },
      work: Promise.resolve(),
    }
    this.branches.set(id, branch)
    const endpoints = input.endpoints.map((e) => this.addEndpointRecord(branch, e))
    const slowStartMs = this.settings.slowStartMs()
    const started = Date.now()
    // The copy runs in the parent's queue, so a restore of the parent cannot replace its cluster mid-copy.
    const copied = this.enqueue(parent, async () => {
      if (parent.failure) throw new Error(`parent branch ${parent.id} is broken: ${parent.failure}`)
      if (!this.branches.has(id)) return undefined // deleted before it was built
      if (input.point) return this.history.materialize(parent.id, input.point, dataDir)
      await parent.compute.ensurePostgres()
      return parent.compute.cluster.cloneInto(dataDir)
    })
    const operations = this.run(branch, [
      {
        action: 'create_branch',
        branchId: id,
        run: async () => {
          const lsn = await copied
          if (lsn === undefined) return
          branch.parentLsn = lsn
          await this.history.track(id, cluster, { parentId: parent.id, lsn })
          if (input.schemaOnly || parent.protected) {
            await compute.ensurePostgres()
            if (input.schemaOnly) await cluster.truncateAllTables()
            if (parent.protected) for (const role of branch.roles) await setPassword(cluster, role.name, role.password)
          }
        },
        finished: () => this.setBranchState(branch, 'ready'),
      },
      ...endpoints.map((endpoint): OperationStep => ({
        action: 'start_compute',
        branchId: id,
        endpointId: endpoint.id,
        run: async () => {
          if (slowStartMs > 0) await delay(slowStartMs)
          await compute.route()
          this.activate(endpoint)
          this.settings.log(`branch ${id} (${branch.name}) ready in ${Date.now() - started} ms`)
        },
      })),
    ])
    return { branch, endpoints, operations }
  }

  updateBranch(branch: BranchRecord, change: { name?: string; protected?: boolean; expiresAt?: Date | null }) {
    policy.assertUpdate(this.facts(branch), change)
    if (change.name !== undefined && change.name !== branch.name) this.assertNameFree(change.name)
    if (change.name !== undefined) branch.name = change.name
    if (change.protected !== undefined) branch.protected = change.protected
    if (change.expiresAt === null) {
      branch.expiresAt = undefined
      branch.ttlIntervalSeconds = undefined
    } else if (change.expiresAt) {
      branch.expiresAt = change.expiresAt
      branch.ttlIntervalSeconds = Math.round((change.expiresAt.getTime() - Date.now()) / 1000)
    }
    branch.updatedAt = new Date()
    return branch
  }

  setDefault(branch: BranchRecord) {
    policy.assertMayBecomeDefault(this.facts(branch))
    const previous = this.defaultBranch()
    previous.isDefault = false
    previous.updatedAt = new Date()
    branch.isDefault = true
    branch.updatedAt = new Date()
    return { branch, operations: [] as OperationRecord[] }
  }

  deleteBranch(branch: BranchRecord) {
    policy.assertDeletable(this.facts(branch))
    return this.removeBranch(branch)
  }

  /**
   * Replaces the branch's data with `source` as it is now (neonctl `branches reset --parent`) or at a point in its
   * history. Same endpoint host and ports; with `preserve_under_name` the old data lives on as a new branch.
   */
  async restoreBranch(
    branch: BranchRecord,
    source: BranchRecord,
    request: { point?: PointInTime; preserveUnderName?: string },
  ) {
    policy.assertRestorable(this.facts(branch), this.facts(source), {
      pointInTime: request.point !== undefined,
      preserveUnderName: request.preserveUnderName,
    })
    if (request.preserveUnderName) this.assertNameFree(request.preserveUnderName)
    if (request.point) await this.history.assertAvailable(source.id, request.point)
    const children = this.childrenOf(branch.id)
    const endpoints = this.endpointsOf(branch.id)
    const preserved = request.preserveUnderName
      ? await this.preservedCopyOf(branch, request.preserveUnderName)
      : undefined
    for (const child of children) child.parentId = preserved!.id
    this.setBranchState(branch, 'resetting')
    for (const endpoint of endpoints) this.setEndpointState(endpoint, 'init')
    const selfRestore = source.id === branch.id
    if (!selfRestore) branch.parentId = source.id
    branch.lastResetAt = new Date()
    if (branch.ttlIntervalSeconds !== undefined)
      branch.expiresAt = new Date(Date.now() + branch.ttlIntervalSeconds * 1000)
    const slowStartMs = this.settings.slowStartMs()
    const freshDir = path.join(this.settings.dataDir, `${branch.id}-${Date.now()}`)
    // whose history the restored data continues: the source's, or (from itself) the preserved old data's
    const sourceHistoryId = selfRestore ? preserved!.id : source.id
    // A copy of the source as it is now (or was then), made in the source's queue. Restoring from itself runs in
    // its own queue below instead (the old cluster must still be there for its history).
    const copied = selfRestore
      ? undefined
      : this.enqueue(source, async () => {
          if (request.point) return this.history.materialize(sourceHistoryId, request.point, freshDir)
          await source.compute.ensurePostgres()
          return source.compute.cluster.cloneInto(freshDir)
        })
    const oldCluster = branch.compute.cluster
    const operations = this.run(branch, [
      ...endpoints.map((endpoint): OperationStep => ({
        action: 'suspend_compute',
        branchId: branch.id,
        endpointId: endpoint.id,
        run: async () => branch.compute.hold(), // connections made during the restore wait for the new compute
      })),
      {
        action: 'create_timeline',
        branchId: branch.id,
        run: async () => {
          const lsn = copied ? await copied : await this.history.materialize(branch.id, request.point!, freshDir)
          await branch.compute.stopPostgres()
          if (preserved) {
            // the old data lives on under the new name (its compute starts when something needs it)
            const keptDir = path.join(this.settings.dataDir, preserved.id)
            await rename(oldCluster.dataDir, keptDir)
            preserved.compute.cluster = new PostgresCluster(
              keptDir,
              preserved.compute.cluster.port,
              this.settings.environment,
              preserved.id,
            )
            this.history.rename(branch.id, preserved.id, preserved.compute.cluster)
            this.setBranchState(preserved, 'ready')
          } else {
            await this.history.forget(branch.id)
            await removeDir(oldCluster.dataDir)
          }
          branch.compute.cluster = new PostgresCluster(freshDir, oldCluster.port, this.settings.environment, branch.id)
          await this.history.track(branch.id, branch.compute.cluster, { parentId: sourceHistoryId, lsn })
          branch.parentLsn = lsn
          branch.roles = source.roles.map((r) => ({ ...r }))
          branch.databases = source.databases.map((d) => ({ ...d, id: this.newDatabaseId() }))
          branch.failure = undefined // fresh data: whatever went wrong before is gone
        },
        finished: () => this.setBranchState(branch, 'ready'),
      },
      ...endpoints.map((endpoint): OperationStep => ({
        action: 'start_compute',
        branchId: branch.id,
        endpointId: endpoint.id,
        run: async () => {
          if (slowStartMs > 0) await delay(slowStartMs)
          await branch.compute.route()
          this.activate(endpoint)
        },
      })),
    ])
    if (preserved) preserved.work = branch.work
    return { branch, operations }
  }

  /** Branches whose expires_at has passed are deleted, as Neon's background job does. */
  expireBranches(now = new Date()): void {
    for (const branch of this.branches.values()) {
      if (!branch.expiresAt || branch.expiresAt > now || branch.isDefault) continue
      if (this.childrenOf(branch.id).length > 0) continue
      this.settings.log(`branch ${branch.id} (${branch.name}) expired at ${branch.expiresAt.toISOString()}: deleting`)
      this.removeBranch(branch)
    }
  }

  /** `pg_dump --schema-only` of one database of the branch, now or at a point in its history. */
  async schema(branch: BranchRecord, database: string, point?: PointInTime): Promise<string> {
    this.database(branch, database)
    if (point) {
      await this.history.assertAvailable(branch.id, point)
      return this.history.withPointInTime(branch.id, point, (cluster) => dumpSchema(cluster, database))
    }
    return this.enqueue(branch, async () => {
      await branch.compute.ensurePostgres()
      return dumpSchema(branch.compute.cluster, database)
    })
  }

  // --- endpoints ---

  addEndpoint(branch: BranchRecord, input: EndpointInput) {
    if (input.type === 'read_write' && this.endpointsOf(branch.id).some((e) => e.type === 'read_write'))
      throw badRequest(`branch ${branch.id} already has a read_write endpoint`)
    const endpoint = this.addEndpointRecord(branch, input)
    return { endpoint, operations: this.run(branch, [this.startStep(branch, endpoint)]) }
  }

  startEndpoint(endpoint: EndpointRecord) {
    const branch = this.branch(endpoint.branchId)
    if (endpoint.state === 'idle') endpoint.pendingState = 'active'
    return { endpoint, operations: this.run(branch, [this.startStep(branch, endpoint)]) }
  }

  suspendEndpoint(endpoint: EndpointRecord) {
    if (endpoint.state === 'init') throw new ApiError(423, 'endpoint is in some transitive state, could not suspend')
    const branch = this.branch(endpoint.branchId)
    return { endpoint, operations: this.run(branch, [this.suspendStep(branch, endpoint)]) }
  }

  restartEndpoint(endpoint: EndpointRecord) {
    if (endpoint.state === 'init') throw new ApiError(423, 'endpoint is in some transitive state, could not restart')
    const branch = this.branch(endpoint.branchId)
    return {
      endpoint,
      operations: this.run(branch, [this.suspendStep(branch, endpoint), this.startStep(branch, endpoint)]),
    }
  }

  // --- roles and databases (roles-databases.ts) ---

  /** One apply_config operation; resolves (with the records) once its SQL ran, rejects with a 400 if it failed. */
  async applyConfig(
    branch: BranchRecord,
    sql: (cluster: PostgresCluster) => Promise<void>,
  ): Promise<OperationRecord[]> {
    let applied!: (error?: Error) => void
    const outcome = new Promise<Error | undefined>((resolve) => (applied = resolve))
    const operations = this.run(branch, [
      {
        action: 'apply_config',
        branchId: branch.id,
        run: async () => {
          try {
            await branch.compute.ensurePostgres()
            await sql(branch.compute.cluster)
            applied()
          } catch (error) {
            applied(error as Error)
            throw error
          }
        },
      },
    ])
    const error = await outcome
    if (error) throw badRequest(error.message)
    return operations
  }

  /** A new database id, unique in the project (Neon's are numbers). */
  newDatabaseId(): number {
    return this.nextDatabaseId++
  }

  // --- background work ---

  /** Resolves when no background work (copies, start-ups, deletions) or operation is left. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending])
    await this.operations.idle()
    if (this.pending.size > 0) await this.idle()
  }

  /** Stops every PostgreSQL, waits for background work, removes the data. */
  async stop(): Promise<void> {
    this.stopping = true
    await Promise.all([...this.pending])
    await this.operations.idle()
    // a delete's operations do not run once stopping: its compute's ports would keep the process alive
    await Promise.all([...this.branches.values(), ...this.deleted].map((b) => this.destroy(b)))
    await this.history.stop()
  }

  /** Synchronous last resort for process exit: signal every PostgreSQL and PgBouncer to quit now. */
  killNow(): void {
    for (const branch of this.branches.values()) branch.compute?.killNow()
  }

  // --- internals ---

  private removeBranch(branch: BranchRecord) {
    const endpoints = this.endpointsOf(branch.id)
    this.branches.delete(branch.id)
    this.deleted.add(branch)
    for (const endpoint of endpoints) this.endpoints.delete(endpoint.id)
    branch.updatedAt = new Date()
    const operations = this.run(branch, [
      ...endpoints.map((endpoint): OperationStep => ({
        action: 'suspend_compute',
        branchId: branch.id,
        endpointId: endpoint.id,
        run: () => branch.compute.stopPostgres(),
      })),
      { action: 'delete_timeline', branchId: branch.id, run: () => this.destroy(branch) },
    ])
    return { branch, operations }
  }

  /** The branch that keeps a restored branch's previous data (`preserve_under_name`); no endpoint, as on Neon. */
  private async preservedCopyOf(branch: BranchRecord, name: string): Promise<BranchRecord> {
    const id = newBranchId()
    const now = new Date()
    const compute = await Compute.open(
      this.settings.environment,
      new PostgresCluster(path.join(this.settings.dataDir, id), await reservePort(), this.settings.environment, id),
    )
    const copy: BranchRecord = {
      ...branch,
      id,
      name,
      isDefault: false,
      isRoot: false,
      protected: false,
      createdAt: now,
      updatedAt: now,
      stateChangedAt: now,
      state: 'init',
      expiresAt: undefined,
      ttlIntervalSeconds: undefined,
      lastResetAt: undefined,
      annotation: undefined,
      compute,
      work: Promise.resolve(),
      roles: branch.roles.map((r) => ({ ...r })),
      databases: branch.databases.map((d) => ({ ...d, id: this.newDatabaseId() })),
    }
    this.branches.set(id, copy)
    return copy
  }

  private startStep(branch: BranchRecord, endpoint: EndpointRecord): OperationStep {
    return {
      action: 'start_compute',
      branchId: branch.id,
      endpointId: endpoint.id,
      run: async () => {
        await branch.compute.route()
        for (const e of this.endpointsOf(branch.id)) this.activate(e)
      },
    }
  }

  private suspendStep(branch: BranchRecord, endpoint: EndpointRecord): OperationStep {
    return {
      action: 'suspend_compute',
      branchId: branch.id,
      endpointId: endpoint.id,
      run: async () => {
        await branch.compute.stopPostgres()
        const now = new Date()
        for (const e of this.endpointsOf(branch.id)) {
          this.setEndpointState(e, 'idle')
          e.suspendedAt = now
          e.lastActive = now
        }
      },
    }
  }

  /** The compute's own events: a client waiting on a suspended compute wakes it; idleness suspends it. */
  private wireCompute(branch: BranchRecord): void {
    let waking = false
    branch.compute.setHooks({
      wake: () => {
        const endpoint = this.endpointsOf(branch.id)[0]
        if (!endpoint || endpoint.state !== 'idle' || waking || this.stopping || !this.branches.has(branch.id)) return
        waking = true
        endpoint.pendingState = 'active'
        this.settings.log(`endpoint ${endpoint.id}: a client connected while suspended: starting it`)
        const { done } = this.operations.start([this.startStep(branch, endpoint)], branch.work)
        branch.work = done.then(() => {
          waking = false
        })
        this.track(branch.work)
      },
      idle: () => {
        const endpoint = this.endpointsOf(branch.id)[0]
        if (!endpoint || endpoint.state !== 'active' || this.stopping || !this.branches.has(branch.id)) return
        this.settings.log(`endpoint ${endpoint.id}: idle for its suspend timeout: suspending it`)
        this.run(branch, [this.suspendStep(branch, endpoint)])
      },
    })
  }

  private addEndpointRecord(branch: BranchRecord, input: EndpointInput): EndpointRecord {
    const now = new Date()
    const endpoint: EndpointRecord = {
      id: newEndpointId(),
      branchId: branch.id,
      type: input.type,
      state: 'init',
      createdAt: now,
      updatedAt: now,
      suspendTimeoutSeconds: input.suspendTimeoutSeconds ?? 0,
      minCu: input.minCu ?? 0.25,
      maxCu: input.maxCu ?? 0.25,
    }
    this.endpoints.set(endpoint.id, endpoint)
    if (branch.compute) {
      this.wireCompute(branch)
      if (endpoint.type === 'read_write')
        branch.compute.setSuspendTimeout(endpoint.suspendTimeoutSeconds, DEFAULT_SUSPEND_TIMEOUT_SECONDS)
    }
    return endpoint
  }

  /** Runs the operation chain after the branch's queued work; returns its records at once. */
  private run(branch: BranchRecord, steps: OperationStep[]): OperationRecord[] {
    const guarded = steps.map((step) => ({
      ...step,
      run: async () => {
        if (this.stopping) throw new Error('the server is stopping')
        await step.run?.()
      },
    }))
    const { records, done } = this.operations.start(guarded, branch.work)
    branch.work = done.then((error) => {
      if (!error) return
      branch.failure ??= error.message
      this.settings.log(`branch ${branch.id}: ${error.message}`)
    })
    this.track(branch.work)
    return records
  }

  /** Runs `task` after the branch's queued work; the returned promise may reject, the queue never does. */
  private enqueue<T>(branch: BranchRecord, task: () => Promise<T>): Promise<T> {
    const result = branch.work.then(async () => {
      if (this.stopping) throw new Error('the server is stopping')
      return task()
    })
    branch.work = result.then(
      () => undefined,
      () => undefined,
    )
    this.track(branch.work)
    return result
  }

  private track(promise: Promise<unknown>): void {
    const settled = promise.catch(() => undefined)
    this.pending.add(settled)
    void settled.finally(() => this.pending.delete(settled))
  }

  private async destroy(branch: BranchRecord): Promise<void> {
    await branch.compute?.close()
    if (branch.compute?.cluster) await removeDir(branch.compute.cluster.dataDir)
    await this.history.forget(branch.id)
    this.deleted.delete(branch)
  }

  private nameTaken(name: string): boolean {
    return [...this.branches.values()].some((b) => b.name === name)
  }

  private assertNameFree(name: string): void {
    if (this.nameTaken(name)) throw conflict(`branch with name "${name}" already exists`)
  }

  private setBranchState(branch: BranchRecord, state: BranchState): void {
    branch.state = state
    branch.stateChangedAt = new Date()
    branch.updatedAt = branch.stateChangedAt
  }

  private setEndpointState(endpoint: EndpointRecord, state: EndpointState): void {
    endpoint.state = state
    endpoint.pendingState = undefined
    endpoint.updatedAt = new Date()
  }

  private activate(endpoint: EndpointRecord): void {
    this.setEndpointState(endpoint, 'active')
    endpoint.startedAt = endpoint.updatedAt
    endpoint.lastActive = endpoint.updatedAt
    endpoint.suspendedAt = undefined
  }
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
