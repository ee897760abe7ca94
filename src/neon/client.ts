// The contract between the action's modes and Neon. The only implementation talks to Neon through the
// shipped neonctl; tests may substitute fakes.

export interface Branch {
  id: string
  name: string
  parentId?: string
  default: boolean
  protected: boolean
  createdAt: string
  expiresAt?: string
  currentState?: string
}

/** What is needed to build connection URLs. `password` is secret. */
export interface Connection {
  host: string // direct endpoint host, may include a port
  poolerHost: string // equals host when the endpoint has no pooler host
  role: string
  password: string
  database: string
}

export interface CreateBranchRequest {
  name: string
  parent?: string // name or id; undefined = the project's default branch
  expiresAt?: string // RFC 3339
  suspendTimeoutSeconds?: number
  schemaOnly?: boolean
  database: string
  role: string
}

export interface BranchWithConnection {
  branch: Branch
  connection: Connection
  created: boolean // false when an existing branch was adopted (rerun, 409); after an unknown outcome, whether it appeared since the create began
}

export interface BranchConnection {
  branch: Branch
  connection: Connection
}

/** Clock skew allowed between the runner and Neon when judging whether a branch was created since a moment. */
export const CLOCK_SKEW_TOLERANCE_MS = 5_000

export type DeleteOutcome = 'deleted' | 'already-gone'

export interface NeonClient {
  /** Create the branch, or adopt the existing one with exactly that name. Never returns another branch. */
  createOrReuseBranch(request: CreateBranchRequest): Promise<BranchWithConnection>
  /** Exact-name lookup; undefined when no branch has that name. */
  findBranch(name: string): Promise<Branch | undefined>
  /**
   * findBranch and getConnection at once (connect mode, adopting after a 409): undefined when no branch has that
   * exact name. Optional (added later); the neonctl client answers it with one process and four requests.
   */
  findBranchWithConnection?(name: string, database: string, role: string): Promise<BranchConnection | undefined>
  /** Connection details of an existing branch (name or id). Throws NeonError code 'not-found' if it is missing. */
  getConnection(branch: string, database: string, role: string): Promise<Connection>
  /** Delete by id. A branch already gone is not an error. Refuses default and protected branches. */
  deleteBranch(branchId: string): Promise<DeleteOutcome>
  /** Every branch of the project; throws if the listing could be incomplete. */
  listBranches(): Promise<Branch[]>
  /** Set a branch's expiry (by id); returns the branch as Neon now has it. Optional (added later). */
  setExpiration?(branchId: string, expiresAt: string): Promise<Branch>
}

export type NeonErrorCode =
  | 'not-found'
  | 'conflict' // 409 / "already exists"
  | 'unauthorized'
  | 'invalid' // 4xx the caller must fix
  | 'protected' // refusing to delete a default/protected branch
  | 'transient' // 423/429/5xx/network/timeout, after retries ran out
  | 'deadline' // the overall deadline passed
  | 'unknown'

export class NeonError extends Error {
  constructor(
    readonly code: NeonErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'NeonError'
  }
}
