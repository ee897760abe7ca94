// The state of one local Neon project: branches (each a real PostgreSQL cluster), endpoints, roles, databases and
// operations. Mutations answer at once, as Neon does, and finish their PostgreSQL work in the background; each
// branch's background work is serialised on its own promise chain.
import { rename } from 'node:fs/promises'
import path from 'node:path'
import { badRequest, conflict, notFound } from './api-error.js'
import { newBranchId, newEndpointId, newOperationId, newRolePassword } from './ids.js'
import { releasePort, reservePort } from './ports.js'
import { EndpointProxy } from './endpoint-proxy.js'
import { PostgresCluster, removeDir, type ClusterEnvironment } from './postgres-cluster.js'

export type BranchState = 'init' | 'ready' | 'resetting'
export type EndpointState = 'init' | 'active' | 'idle'
export type OperationStatus = 'running' | 'finished' | 'failed'

export interface RoleRecord {
  name: string
  password: string
  createdAt: Date
  updatedAt: Date
}

export interface DatabaseRecord {
  id: number
  name: string
  ownerName: string
  createdAt: Date
  updatedAt: Date
}

export interface BranchRecord {
  id: string
  name: string
  parentId?: string
  parentLsn?: string
  parentTimestamp?: string
  createdAt: Date
  updatedAt: Date
  stateChangedAt: Date
  state: BranchState
  isDefault: boolean
  protected: boolean
  expiresAt?: Date
  ttlIntervalSeconds?: number
  lastResetAt?: Date
  initSource: 'parent-data' | 'schema-only'
  /** The endpoint's public port (its host in answers), served by `proxy`; PostgreSQL listens on `cluster.port`. */
  port: number
  proxy?: EndpointProxy
  cluster: PostgresCluster
  roles: RoleRecord[]
  databases: DatabaseRecord[]
  /** Background work on this branch's cluster, in order. Never rejects. */
  work: Promise<void>
  /** Set when this branch's data cannot be trusted (its creation failed). */
  failure?: string
}

export interface EndpointRecord {
  id: string
  branchId: string
  type: 'read_write' | 'read_only'
  state: EndpointState
  createdAt: Date
  updatedAt: Date
  startedAt?: Date
  suspendTimeoutSeconds: number
  minCu: number
  maxCu: number
}

export interface OperationRecord {
  id: string
  branchId: string
  endpointId?: string
  action: string
  status: OperationStatus
  error?: string
  createdAt: Date
  updatedAt: Date
}

export interface CreateBranchInput {
  name?: string
  parentId?: string
  parentLsn?: string
  parentTimestamp?: string
  protected?: boolean
  expiresAt?: Date
  schemaOnly: boolean
  endpoints: { type: 'read_write' | 'read_only'; suspendTimeoutSeconds?: number; minCu?: number; maxCu?: number }[]
}

export interface ProjectSettings {
  projectId: string
  dataDir: string
  environment: ClusterEnvironment
  owner: { role: string; password: string; database: string }
  /** Extra delay before new endpoints accept connections (a test aid). */
  slowStartMs: () => number
  log: (line: string) => void
}

export const MAX_EXPIRY_MS = 30 * 24 * 3600 * 1000

export class LocalProject {
  readonly branches = new Map<string, BranchRecord>()
  readonly endpoints = new Map<string, EndpointRecord>()
  readonly operations = new Map<string, OperationRecord>()
  readonly deletedBranchIds = new Set<string>()
  readonly createdAt = new Date()
  private readonly pending = new Set<Promise<void>>()
  private nextDatabaseId = 1000
  private stopping = false

  constructor(private readonly settings: ProjectSettings) {}

  get id(): string {
    return this.settings.projectId
  }

  /** Creates the default branch `main` and waits until it accepts connections. */
  async initialise(): Promise<void> {
    const id = newBranchId()
    const proxy = await this.openEndpointPort()
    const dataDir = path.join(this.settings.dataDir, id)
    const cluster = await PostgresCluster.create(
      dataDir,
      await reservePort(),
      this.settings.environment,
      id,
      this.settings.owner,
    )
    proxy.route(cluster.port)
    const now = new Date()
    const branch: BranchRecord = {
      id,
      name: 'main',
      createdAt: now,
      updatedAt: now,
      stateChangedAt: now,
      state: 'ready',
      isDefault: true,
      protected: false,
      initSource: 'parent-data',
      port: proxy.port,
      proxy,
      cluster,
      work: Promise.resolve(),
      roles: [
        { name: this.settings.owner.role, password: this.settings.owner.password, createdAt: now, updatedAt: now },
      ],
      databases: [
        {
          id: this.nextDatabaseId++,
          name: this.settings.owner.database,
          ownerName: this.settings.owner.role,
          createdAt: now,
          updatedAt: now,
        },
      ],
    }
    this.branches.set(id, branch)
    const endpoint = this.newEndpoint(id, { type: 'read_write' })
    endpoint.state = 'active'
    endpoint.startedAt = now
    this.endpoints.set(endpoint.id, endpoint)
  }

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

  operation(id: string): OperationRecord {
    const operation = this.operations.get(id)
    if (!operation) throw notFound(`operation ${id} not found`)
    return operation
  }

  hasRunningOperations(): boolean {
    return [...this.operations.values()].some((o) => o.status === 'running')
  }

  async createBranch(input: CreateBranchInput) {
    const parent = input.parentId ? this.branches.get(input.parentId) : this.defaultBranch()
    if (!parent) throw notFound(`branch ${input.parentId} not found`)
    if (input.name !== undefined) this.assertNameFree(input.name)
    if (input.endpoints.filter((e) => e.type === 'read_write').length > 1) {
      throw badRequest('a branch can have only one read_write endpoint')
    }
    if (input.schemaOnly && !input.endpoints.some((e) => e.type === 'read_write')) {
      throw badRequest('schema-only branches require a read_write endpoint')
    }
    const id = newBranchId()
    // the endpoint's port listens before the answer names it: early connections wait for the compute, as on Neon
    const proxy = await this.openEndpointPort()
    const clusterPort = await reservePort()
    if (input.name !== undefined && this.nameTaken(input.name)) {
      await proxy.close()
      releasePort(proxy.port)
      releasePort(clusterPort)
      this.assertNameFree(input.name) // the name was taken while we waited: 409
    }
    const now = new Date()
    const dataDir = path.join(this.settings.dataDir, id)
    const branch: BranchRecord = {
      id,
      name: input.name ?? id,
      parentId: input.schemaOnly ? undefined : parent.id,
      parentLsn: input.parentLsn,
      parentTimestamp: input.parentTimestamp,
      createdAt: now,
      updatedAt: now,
      stateChangedAt: now,
      state: 'init',
      isDefault: false,
      protected: input.protected ?? false,
      expiresAt: input.expiresAt,
      ttlIntervalSeconds: input.expiresAt ? Math.round((input.expiresAt.getTime() - now.getTime()) / 1000) : undefined,
      initSource: input.schemaOnly ? 'schema-only' : 'parent-data',
      port: proxy.port,
      proxy,
      cluster: new PostgresCluster(dataDir, clusterPort, this.settings.environment, id),
      roles: parent.roles.map((r) => ({ ...r })),
      databases: parent.databases.map((d) => ({ ...d, id: this.nextDatabaseId++ })),
      work: Promise.resolve(),
    }
    this.branches.set(id, branch)
    const endpoints = input.endpoints.map((e) => this.newEndpoint(id, e))
    for (const endpoint of endpoints) this.endpoints.set(endpoint.id, endpoint)
    const operations = [
      this.newOperation(id, 'create_branch'),
      ...endpoints.map((e) => this.newOperation(id, 'start_compute', e.id)),
    ]
    const slowStartMs = this.settings.slowStartMs()
    const started = Date.now()
    // The copy runs in the parent's queue, so a restore of the parent cannot replace its cluster mid-copy.
    const copied = this.enqueue(parent, async () => {
      if (parent.failure) throw new Error(`parent branch ${parent.id} is broken: ${parent.failure}`)
      if (!this.branches.has(id)) return undefined // deleted before it was built
      return parent.cluster.cloneInto(dataDir) // no history is kept: a parent_lsn still means head
    })
    this.schedule(
      branch,
      async () => {
        try {
          const lsn = await copied
          if (lsn === undefined) return
          branch.parentLsn = input.parentLsn ?? lsn
          if (slowStartMs > 0) await delay(slowStartMs)
          await branch.cluster.start()
          if (input.schemaOnly) await branch.cluster.truncateAllTables()
        } catch (error) {
          await proxy.close() // no compute will come: waiting connections end now, new ones are refused
          throw error
        }
        proxy.route(branch.cluster.port)
        this.setBranchState(branch, 'ready')
        for (const endpoint of endpoints) this.activate(endpoint)
        this.settings.log(`branch ${id} (${branch.name}) ready in ${Date.now() - started} ms`)
      },
      operations,
    )
    return { branch, endpoints, operations }
  }

  updateBranch(branch: BranchRecord, change: { name?: string; protected?: boolean; expiresAt?: Date | null }) {
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

  deleteBranch(branch: BranchRecord) {
    if (branch.isDefault)
      throw badRequest(`branch ${branch.id} is the default branch of the project and cannot be deleted`)
    if (branch.protected) throw badRequest(`branch ${branch.id} is protected and cannot be deleted`)
    const children = this.childrenOf(branch.id)
    if (children.length > 0) {
      throw badRequest(
        `branch ${branch.id} has child branches and cannot be deleted; delete the children first (${children.map((c) => c.id).join(', ')})`,
      )
    }
    return this.removeBranch(branch)
  }

  private removeBranch(branch: BranchRecord) {
    const endpoints = this.endpointsOf(branch.id)
    const operations = [
      ...endpoints.map((e) => this.newOperation(branch.id, 'suspend_compute', e.id)),
      this.newOperation(branch.id, 'delete_timeline'),
    ]
    this.branches.delete(branch.id)
    this.deletedBranchIds.add(branch.id)
    for (const endpoint of endpoints) this.endpoints.delete(endpoint.id)
    branch.updatedAt = new Date()
    this.schedule(branch, () => this.destroy(branch), operations)
    return { branch, operations }
  }

  /** Replace the branch's data with a fresh copy of `source` (neonctl `branches reset --parent`). */
  restoreBranch(branch: BranchRecord, source: BranchRecord, preserveUnderName?: string) {
    if (source.id === branch.id) {
      throw badRequest(
        'restoring a branch from its own history (source_lsn / source_timestamp) is not supported by the local server',
      )
    }
    const children = this.childrenOf(branch.id)
    if (children.length > 0 && !preserveUnderName) {
      throw badRequest(`branch ${branch.id} has children; specify preserve_under_name to restore it`)
    }
    if (preserveUnderName) this.assertNameFree(preserveUnderName)
    const endpoints = this.endpointsOf(branch.id)
    const operations = [
      ...endpoints.map((e) => this.newOperation(branch.id, 'suspend_compute', e.id)),
      this.newOperation(branch.id, 'create_timeline'),
      ...endpoints.map((e) => this.newOperation(branch.id, 'start_compute', e.id)),
    ]
    const preserved = preserveUnderName ? this.preserveCopyOf(branch, preserveUnderName) : undefined
    for (const child of children) child.parentId = preserved!.id
    this.setBranchState(branch, 'resetting')
    for (const endpoint of endpoints) this.setEndpointState(endpoint, 'init')
    branch.parentId = source.id
    branch.lastResetAt = new Date()
    if (branch.ttlIntervalSeconds !== undefined)
      branch.expiresAt = new Date(Date.now() + branch.ttlIntervalSeconds * 1000)
    const slowStartMs = this.settings.slowStartMs()
    const freshDir = path.join(this.settings.dataDir, `${branch.id}-${Date.now()}`)
    const copied = this.enqueue(source, () => source.cluster.cloneInto(freshDir))
    this.schedule(
      branch,
      async () => {
        branch.parentLsn = await copied
        const oldCluster = branch.cluster
        branch.proxy?.route(undefined) // connections made during the restart wait for the new compute
        await oldCluster.stop()
        if (preserved) {
          preserved.proxy = await this.openEndpointPort()
          preserved.port = preserved.proxy.port
          preserved.cluster = new PostgresCluster(
            path.join(this.settings.dataDir, preserved.id),
            await reservePort(),
            this.settings.environment,
            preserved.id,
          )
          await rename(oldCluster.dataDir, preserved.cluster.dataDir)
          await preserved.cluster.start()
          preserved.proxy.route(preserved.cluster.port)
          this.setBranchState(preserved, 'ready')
        } else {
          await removeDir(oldCluster.dataDir)
        }
        branch.cluster = new PostgresCluster(freshDir, oldCluster.port, this.settings.environment, branch.id)
        branch.roles = source.roles.map((r) => ({ ...r }))
        branch.databases = source.databases.map((d) => ({ ...d, id: this.nextDatabaseId++ }))
        if (slowStartMs > 0) await delay(slowStartMs)
        await branch.cluster.start()
        branch.proxy?.route(branch.cluster.port)
        branch.failure = undefined // fresh data: whatever went wrong before is gone
        this.setBranchState(branch, 'ready')
        for (const endpoint of endpoints) this.activate(endpoint)
      },
      operations,
    )
    if (preserved) preserved.work = branch.work
    return { branch, operations }
  }

  /** The branch that keeps a restored branch's previous data (`preserve_under_name`); its cluster starts later. */
  private preserveCopyOf(branch: BranchRecord, name: string): BranchRecord {
    const id = newBranchId()
    const now = new Date()
    const copy: BranchRecord = {
      ...branch,
      id,
      name,
      isDefault: false,
      protected: false,
      createdAt: now,
      updatedAt: now,
      stateChangedAt: now,
      state: 'init',
      expiresAt: undefined,
      ttlIntervalSeconds: undefined,
      lastResetAt: undefined,
      work: Promise.resolve(),
      roles: branch.roles.map((r) => ({ ...r })),
      databases: branch.databases.map((d) => ({ ...d, id: this.nextDatabaseId++ })),
      port: 0,
      proxy: undefined,
      cluster: undefined as unknown as PostgresCluster,
    }
    this.branches.set(id, copy)
    return copy
  }

  /** Creates a login role (Neon generates its password); answers once PostgreSQL has it. */
  async createRole(branch: BranchRecord, name: string) {
    if (branch.roles.some((r) => r.name === name)) throw conflict(`role "${name}" already exists`)
    const now = new Date()
    const role: RoleRecord = { name, password: newRolePassword(), createdAt: now, updatedAt: now }
    branch.roles.push(role)
    const operations = [this.newOperation(branch.id, 'apply_config')]
    await this.scheduleAndWait(branch, operations, () =>
      branch.cluster.withAdmin('postgres', (client) =>
        client.query(
          `CREATE ROLE ${client.escapeIdentifier(name)} LOGIN CREATEDB CREATEROLE IN ROLE neon_superuser PASSWORD ${client.escapeLiteral(role.password)}`,
        ),
      ),
    ).catch((error: Error) => {
      branch.roles = branch.roles.filter((r) => r !== role)
      throw error
    })
    return { role, operations }
  }

  async resetRolePassword(branch: BranchRecord, role: RoleRecord) {
    const password = newRolePassword()
    const operations = [this.newOperation(branch.id, 'apply_config')]
    await this.scheduleAndWait(branch, operations, () =>
      branch.cluster.withAdmin('postgres', (client) =>
        client.query(`ALTER ROLE ${client.escapeIdentifier(role.name)} PASSWORD ${client.escapeLiteral(password)}`),
      ),
    )
    role.password = password
    role.updatedAt = new Date()
    return { role, operations }
  }

  async deleteRole(branch: BranchRecord, role: RoleRecord) {
    if (branch.databases.some((d) => d.ownerName === role.name)) {
      throw badRequest(`role ${role.name} owns databases; delete or reassign them first`)
    }
    const operations = [this.newOperation(branch.id, 'apply_config')]
    branch.roles = branch.roles.filter((r) => r !== role)
    await this.scheduleAndWait(branch, operations, () =>
      branch.cluster.withAdmin('postgres', (client) => client.query(`DROP ROLE ${client.escapeIdentifier(role.name)}`)),
    )
    return { role, operations }
  }

  async createDatabase(branch: BranchRecord, name: string, ownerName: string) {
    if (branch.databases.some((d) => d.name === name)) throw conflict(`database "${name}" already exists`)
    this.role(branch, ownerName)
    const now = new Date()
    const database: DatabaseRecord = { id: this.nextDatabaseId++, name, ownerName, createdAt: now, updatedAt: now }
    branch.databases.push(database)
    const operations = [this.newOperation(branch.id, 'apply_config')]
    await this.scheduleAndWait(branch, operations, () =>
      branch.cluster.withAdmin('postgres', (client) =>
        client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} OWNER ${client.escapeIdentifier(ownerName)}`),
      ),
    ).catch((error: Error) => {
      branch.databases = branch.databases.filter((d) => d !== database)
      throw error
    })
    return { database, operations }
  }

  async deleteDatabase(branch: BranchRecord, database: DatabaseRecord) {
    const operations = [this.newOperation(branch.id, 'apply_config')]
    branch.databases = branch.databases.filter((d) => d !== database)
    await this.scheduleAndWait(branch, operations, () =>
      branch.cluster.withAdmin('postgres', (client) =>
        client.query(`DROP DATABASE ${client.escapeIdentifier(database.name)} WITH (FORCE)`),
      ),
    )
    return { database, operations }
  }

  setDefault(branch: BranchRecord) {
    const previous = this.defaultBranch()
    previous.isDefault = false
    previous.updatedAt = new Date()
    branch.isDefault = true
    branch.updatedAt = new Date()
    return { branch, operations: [] as OperationRecord[] }
  }

  addEndpoint(branch: BranchRecord, options: { type: 'read_write' | 'read_only'; suspendTimeoutSeconds?: number }) {
    if (options.type === 'read_write' && this.endpointsOf(branch.id).some((e) => e.type === 'read_write')) {
      throw badRequest(`branch ${branch.id} already has a read_write endpoint`)
    }
    const endpoint = this.newEndpoint(branch.id, options)
    this.endpoints.set(endpoint.id, endpoint)
    const operations = [this.newOperation(branch.id, 'start_compute', endpoint.id)]
    this.schedule(
      branch,
      async () => {
        await branch.cluster.start()
        branch.proxy?.route(branch.cluster.port)
        this.activate(endpoint)
      },
      operations,
    )
    return { endpoint, operations }
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

  /** Resolves when no background work (copies, start-ups, deletions) is left, including work started meanwhile. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending])
  }

  /** Stops every PostgreSQL, waits for background work, removes the data. */
  async stop(): Promise<void> {
    this.stopping = true
    await Promise.all([...this.pending])
    await Promise.all([...this.branches.values()].map((b) => this.destroy(b)))
  }

  /** Synchronous last resort for process exit: signal every PostgreSQL to quit now. */
  killNow(): void {
    for (const branch of this.branches.values()) {
      branch.cluster?.killNow()
      this.releasePorts(branch)
    }
  }

  private async destroy(branch: BranchRecord): Promise<void> {
    await branch.proxy?.close()
    await branch.cluster?.stop()
    if (branch.cluster) await removeDir(branch.cluster.dataDir)
    this.releasePorts(branch)
  }

  /** The endpoint's public port and its cluster's own. */
  private releasePorts(branch: BranchRecord): void {
    if (branch.port) releasePort(branch.port)
    if (branch.cluster?.port) releasePort(branch.cluster.port)
  }

  /** A reserved public port with its proxy listening; connections wait until the proxy is routed. */
  private async openEndpointPort(): Promise<EndpointProxy> {
    const proxy = new EndpointProxy(await reservePort())
    await proxy.listen()
    return proxy
  }

  private nameTaken(name: string): boolean {
    return [...this.branches.values()].some((b) => b.name === name)
  }

  private assertNameFree(name: string): void {
    if (this.nameTaken(name)) throw conflict(`branch with name "${name}" already exists`)
  }

  /** Like schedule, but the caller waits and sees the task's error (for SQL changes answered synchronously). */
  private async scheduleAndWait(
    branch: BranchRecord,
    operations: OperationRecord[],
    task: () => Promise<unknown>,
  ): Promise<void> {
    let failure: Error | undefined
    this.schedule(
      branch,
      async () => {
        try {
          await task()
        } catch (error) {
          failure = error as Error
        }
      },
      operations,
    )
    await branch.work
    if (failure) {
      for (const op of operations) this.finishOperation(op, 'failed', failure.message)
      throw badRequest(failure.message)
    }
  }

  /** Runs `task` after the branch's queued work; the returned promise may reject, the queue never does. */
  private enqueue<T>(branch: BranchRecord, task: () => Promise<T>): Promise<T> {
    const result = branch.work.then(async () => {
      if (this.stopping) throw new Error('the server is stopping')
      return task()
    })
    const settled = result.then(
      () => undefined,
      () => undefined,
    )
    branch.work = settled
    this.pending.add(settled)
    void settled.finally(() => this.pending.delete(settled))
    return result
  }

  private schedule(branch: BranchRecord, task: () => Promise<void>, operations: OperationRecord[]): void {
    const run = this.enqueue(branch, task)
    const settled = run.then(
      () => {
        for (const op of operations) this.finishOperation(op, 'finished')
      },
      (error: Error) => {
        branch.failure ??= error.message
        for (const op of operations) this.finishOperation(op, 'failed', error.message)
        this.settings.log(`branch ${branch.id}: ${error.message}`)
      },
    )
    branch.work = settled
    this.pending.add(settled)
    void settled.finally(() => this.pending.delete(settled))
  }

  private newEndpoint(
    branchId: string,
    options: { type: 'read_write' | 'read_only'; suspendTimeoutSeconds?: number; minCu?: number; maxCu?: number },
  ): EndpointRecord {
    const now = new Date()
    return {
      id: newEndpointId(),
      branchId,
      type: options.type,
      state: 'init',
      createdAt: now,
      updatedAt: now,
      suspendTimeoutSeconds: options.suspendTimeoutSeconds ?? 0,
      minCu: options.minCu ?? 0.25,
      maxCu: options.maxCu ?? 0.25,
    }
  }

  private newOperation(branchId: string, action: string, endpointId?: string): OperationRecord {
    const now = new Date()
    const operation: OperationRecord = {
      id: newOperationId(),
      branchId,
      endpointId,
      action,
      status: 'running',
      createdAt: now,
      updatedAt: now,
    }
    this.operations.set(operation.id, operation)
    return operation
  }

  private finishOperation(operation: OperationRecord, status: OperationStatus, error?: string): void {
    operation.status = status
    operation.error = error
    operation.updatedAt = new Date()
  }

  private setBranchState(branch: BranchRecord, state: BranchState): void {
    branch.state = state
    branch.stateChangedAt = new Date()
    branch.updatedAt = branch.stateChangedAt
  }

  private setEndpointState(endpoint: EndpointRecord, state: EndpointState): void {
    endpoint.state = state
    endpoint.updatedAt = new Date()
  }

  private activate(endpoint: EndpointRecord): void {
    this.setEndpointState(endpoint, 'active')
    endpoint.startedAt = endpoint.updatedAt
  }
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
