import { type Branch, type DeleteOutcome, type NeonClient, NeonError } from '../../src/neon/client.js'

/** An in-memory NeonClient that only supports what sweep uses; the other methods throw. */
export class FakeNeonClient implements NeonClient {
  readonly deleted: string[] = []
  listError?: Error
  failDeleteOf = new Set<string>()
  deadlineAfterDeletes?: number
  deleteCalls = 0

  constructor(public branches: Branch[]) {}

  async listBranches(): Promise<Branch[]> {
    if (this.listError) throw this.listError
    return this.branches.map((b) => ({ ...b }))
  }

  async deleteBranch(branchId: string): Promise<DeleteOutcome> {
    this.deleteCalls++
    if (this.deadlineAfterDeletes !== undefined && this.deleted.length >= this.deadlineAfterDeletes) {
      throw new NeonError('deadline', "'branches delete' did not succeed within the 5m deadline")
    }
    const branch = this.branches.find((b) => b.id === branchId)
    if (!branch) return 'already-gone'
    if (branch.default || branch.protected) throw new NeonError('protected', `refusing to delete ${branch.name}`)
    if (this.failDeleteOf.has(branchId)) throw new NeonError('transient', 'HTTP 503 after 5 attempts')
    if (this.branches.some((b) => b.parentId === branchId)) throw new NeonError('invalid', 'branch has children')
    this.branches = this.branches.filter((b) => b.id !== branchId)
    this.deleted.push(branch.name)
    return 'deleted'
  }

  createOrReuseBranch(): never {
    throw new Error('not used by sweep')
  }
  findBranch(): never {
    throw new Error('not used by sweep')
  }
  getConnection(): never {
    throw new Error('not used by sweep')
  }
}
