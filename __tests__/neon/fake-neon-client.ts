// The one in-memory NeonClient for unit tests of the modes, post's cleanup and sweep. Where Neon's real behaviour
// matters, tests use the local server (support/local-neon-for-test.ts); for faults it cannot make, the rewriting
// proxy in front of it (./rewriting-proxy.ts).
import { deleteRefusal, resetRefusal } from '../../src/branch-policy.js'
import {
  CREATE_TOKEN_ANNOTATION,
  NeonError,
  type Branch,
  type BranchConnection,
  type BranchWithConnection,
  type Connection,
  type CreateBranchRequest,
  type DeleteOutcome,
  type NeonClient,
} from '../../src/neon/client.js'

export const DEFAULT_BRANCH: Branch = {
  id: 'br-main-main-000001',
  name: 'main',
  default: true,
  protected: false,
  createdAt: '2026-01-01T00:00:00Z',
}

export class FakeNeonClient implements NeonClient {
  /**
   * every call, as `create <name>`, `find <name>`, `connection <branch>`, `delete <id>`, `set-expiration <id> <at>`,
   * `get <id>`, `reset <id>`, `schema-diff <id> <database>`
   */
  calls: string[] = []
  password = 'p@ss:w/rd%é'
  /** names of the branches deleted, in order */
  readonly deleted: string[] = []
  deleteCalls = 0
  createError?: Error
  deleteError?: Error
  listError?: Error
  setExpirationError?: Error
  resetError?: Error
  /** what schema-diff prints for a branch: only the two header lines (no change) unless set */
  schemaDiffBody = ''
  schemaDiffError?: Error
  /** deletes of these ids fail as a passing outage would */
  failDeleteOf = new Set<string>()
  /** after this many deletes, every delete fails: the step's deadline passed */
  deadlineAfterDeletes?: number
  private counter = 0

  constructor(public branches: Branch[] = [{ ...DEFAULT_BRANCH }]) {}

  connectionOf(branch: Branch, database: string, role: string): Connection {
    const host = `ep-${branch.id.slice(3)}.local:5432`
    return { host, poolerHost: host.replace('ep-', 'ep-pooler-'), role, password: this.password, database }
  }

  async createOrReuseBranch(request: CreateBranchRequest): Promise<BranchWithConnection> {
    this.calls.push(`create ${request.name}`)
    if (this.createError) throw this.createError
    let branch = this.branches.find((b) => b.name === request.name)
    const created = !branch
    if (!branch) {
      branch = {
        id: `br-fake-branch-${String(++this.counter).padStart(6, '0')}`,
        name: request.name,
        parentId: DEFAULT_BRANCH.id,
        default: false,
        protected: false,
        createdAt: new Date().toISOString(),
        expiresAt: request.expiresAt,
        ...(request.createToken ? { annotation: { [CREATE_TOKEN_ANNOTATION]: request.createToken } } : {}),
      }
      this.branches.push(branch)
    }
    return { branch, created, connection: this.connectionOf(branch, request.database, request.role) }
  }

  async findBranch(name: string): Promise<Branch | undefined> {
    this.calls.push(`find ${name}`)
    return this.branches.find((b) => b.name === name)
  }

  async findBranchWithConnection(name: string, database: string, role: string): Promise<BranchConnection | undefined> {
    const branch = await this.findBranch(name)
    return branch && { branch, connection: this.connectionOf(branch, database, role) }
  }

  async findBranchByIdWithConnection(
    id: string,
    database: string,
    role: string,
  ): Promise<BranchConnection | undefined> {
    const branch = this.branches.find((b) => b.id === id)
    return branch && { branch, connection: this.connectionOf(branch, database, role) }
  }

  async getConnection(branch: string, database: string, role: string): Promise<Connection> {
    this.calls.push(`connection ${branch}`)
    const found = this.branches.find((b) => b.id === branch || b.name === branch)
    if (!found) throw new NeonError('not-found', `branch ${branch} not found`)
    return this.connectionOf(found, database, role)
  }

  /** Like Neon: refuses the default and protected branches, and a branch with children. */
  async deleteBranch(branchId: string): Promise<DeleteOutcome> {
    this.calls.push(`delete ${branchId}`)
    this.deleteCalls++
    if (this.deleteError) throw this.deleteError
    if (this.deadlineAfterDeletes !== undefined && this.deleted.length >= this.deadlineAfterDeletes) {
      throw new NeonError('deadline', "'branches delete' did not succeed within the 5m deadline")
    }
    const branch = this.branches.find((b) => b.id === branchId)
    if (!branch) return 'already-gone'
    const refusal = deleteRefusal(branch)
    if (refusal) throw new NeonError('protected', refusal)
    if (this.failDeleteOf.has(branchId)) throw new NeonError('transient', 'HTTP 503 after 5 attempts')
    if (this.branches.some((b) => b.parentId === branchId)) throw new NeonError('invalid', 'branch has children')
    this.branches = this.branches.filter((b) => b.id !== branchId)
    this.deleted.push(branch.name)
    return 'deleted'
  }

  async listBranches(): Promise<Branch[]> {
    if (this.listError) throw this.listError
    return this.branches.map((b) => ({ ...b }))
  }

  async setExpiration(branchId: string, expiresAt: string): Promise<Branch> {
    this.calls.push(`set-expiration ${branchId} ${expiresAt}`)
    if (this.setExpirationError) throw this.setExpirationError
    const branch = this.branches.find((b) => b.id === branchId)
    if (!branch) throw new NeonError('not-found', `branch ${branchId} not found`)
    branch.expiresAt = expiresAt
    return { ...branch }
  }

  async getBranch(branchId: string): Promise<Branch> {
    this.calls.push(`get ${branchId}`)
    const branch = this.branches.find((b) => b.id === branchId)
    if (!branch) throw new NeonError('not-found', `branch ${branchId} not found`)
    return { ...branch }
  }

  /** Like Neon: refuses the default and protected branches, and a root branch; keeps id, name and connection. */
  async resetToParent(branchId: string): Promise<Branch> {
    this.calls.push(`reset ${branchId}`)
    if (this.resetError) throw this.resetError
    const branch = this.branches.find((b) => b.id === branchId)
    if (!branch) throw new NeonError('not-found', `branch ${branchId} not found`)
    const refusal = resetRefusal(branch)
    if (refusal) throw new NeonError('protected', refusal)
    if (!branch.parentId) throw new NeonError('invalid', 'Branch has no parent')
    return { ...branch, currentState: 'ready' }
  }

  async schemaDiffWithParent(branchId: string, database: string): Promise<string> {
    this.calls.push(`schema-diff ${branchId} ${database}`)
    if (this.schemaDiffError) throw this.schemaDiffError
    const branch = this.branches.find((b) => b.id === branchId)
    if (!branch?.parentId) throw new NeonError('invalid', 'Branch has no parent')
    return (
      `--- Database: ${database}\t(Branch: ${branch.parentId})\n+++ Database: ${database}\t(Branch: ${branchId})\n` +
      this.schemaDiffBody
    )
  }
}
