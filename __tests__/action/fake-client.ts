import {
  CREATE_TOKEN_ANNOTATION,
  NeonError,
  type Branch,
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

/** An in-memory NeonClient for unit tests of the modes. */
export class FakeClient implements NeonClient {
  branches: Branch[] = [{ ...DEFAULT_BRANCH }]
  calls: string[] = []
  password = 'p@ss:w/rd%é'
  private counter = 0
  createError?: Error
  deleteError?: Error

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

  async getConnection(branch: string, database: string, role: string): Promise<Connection> {
    this.calls.push(`connection ${branch}`)
    const found = this.branches.find((b) => b.id === branch || b.name === branch)
    if (!found) throw new NeonError('not-found', `branch ${branch} not found`)
    return this.connectionOf(found, database, role)
  }

  async deleteBranch(branchId: string): Promise<DeleteOutcome> {
    this.calls.push(`delete ${branchId}`)
    if (this.deleteError) throw this.deleteError
    const branch = this.branches.find((b) => b.id === branchId)
    if (!branch) return 'already-gone'
    if (branch.default || branch.protected) throw new NeonError('protected', `refusing to delete ${branch.name}`)
    this.branches = this.branches.filter((b) => b.id !== branchId)
    return 'deleted'
  }

  async listBranches(): Promise<Branch[]> {
    return [...this.branches]
  }

  setExpirationError?: Error
  async setExpiration(branchId: string, expiresAt: string): Promise<Branch> {
    this.calls.push(`set-expiration ${branchId} ${expiresAt}`)
    if (this.setExpirationError) throw this.setExpirationError
    const branch = this.branches.find((b) => b.id === branchId)
    if (!branch) throw new NeonError('not-found', `branch ${branchId} not found`)
    branch.expiresAt = expiresAt
    return { ...branch }
  }
}
