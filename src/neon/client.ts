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
  /** Set while Neon is still changing the branch (a reset in progress, for example). */
  pendingState?: string
  /** The branch's annotation (string values), when the answer carried it (branch listings do). */
  annotation?: Record<string, string>
}

/** The annotation key under which a create request carries its step's token: how a step proves it created a branch. */
export const CREATE_TOKEN_ANNOTATION = 'ephemeral-branch-create-token'

/** True only if the branch's annotation carries `token`: the branch was made by the request that sent it. */
export function createdWithToken(branch: Branch, token: string | undefined): boolean {
  return !!token && branch.annotation?.[CREATE_TOKEN_ANNOTATION] === token
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
  /** Unguessable, one per step: sent as the branch's annotation, so the branch can later be proven ours. */
  createToken?: string
}

export interface BranchWithConnection {
  branch: Branch
  connection: Connection
  /** True only with proof that this request created it: Neon's answer to it, or its token in the annotation. */
  created: boolean
  /** 'active' when Neon answered that the compute runs (and is not about to change); else its state, if said. */
  computeState?: string
}

export interface BranchConnection {
  branch: Branch
  connection: Connection
  /** 'active' when Neon answered that the compute runs (and is not about to change); else its state, if said. */
  computeState?: string
}

export type DeleteOutcome = 'deleted' | 'already-gone'

export interface NeonClient {
  /** Create the branch, or adopt the existing one with exactly that name. Never returns another branch. */
  createOrReuseBranch(request: CreateBranchRequest): Promise<BranchWithConnection>
  /** Exact-name lookup (with the branch's annotation); undefined when no branch has that name. */
  findBranch(name: string): Promise<Branch | undefined>
  /**
   * findBranch and getConnection at once (connect mode, adopting after a 409): undefined when no branch has that
   * exact name. The neonctl client answers it with one process and two round trips (the name's look-up, then the
   * endpoint, databases and password at once).
   */
  findBranchWithConnection(name: string, database: string, role: string): Promise<BranchConnection | undefined>
  /**
   * The same for a branch id (mode: connect's `branch_id`), or undefined when no branch has it. One neonctl run and
   * one round trip: nothing to look up, the branch asked for alongside its connection.
   */
  findBranchByIdWithConnection(id: string, database: string, role: string): Promise<BranchConnection | undefined>
  /** Connection details of an existing branch (name or id). Throws NeonError code 'not-found' if it is missing. */
  getConnection(branch: string, database: string, role: string): Promise<Connection>
  /** Delete by id. A branch already gone is not an error. Refuses default and protected branches. */
  deleteBranch(branchId: string): Promise<DeleteOutcome>
  /** Every branch of the project; throws if the listing could be incomplete. */
  listBranches(): Promise<Branch[]>
  /** Set a branch's expiry (by id); returns the branch as Neon now has it. */
  setExpiration(branchId: string, expiresAt: string): Promise<Branch>
  /** One branch by id, as Neon has it now. */
  getBranch(branchId: string): Promise<Branch>
  /**
   * The unified diff of the branch's schema (by id) against its parent's latest schema, one database: the parent is
   * `---`, the branch `+++`; only the two header lines when they match.
   */
  schemaDiffWithParent(branchId: string, database: string): Promise<string>
  /**
   * Reset the branch (by id) to its parent's latest state: same id, name and connection settings, new data. Returns
   * the branch as Neon answered; the reset may still be running (see pendingState). Refuses default and protected
   * branches.
   */
  resetToParent(branchId: string): Promise<Branch>
}

export type NeonErrorCode =
  | 'not-found'
  | 'project-not-found' // a 404 for the project (wrong project_id, deleted project, a key that cannot see it)
  | 'conflict' // 409 / "already exists"
  | 'unauthorized'
  | 'invalid' // 4xx the caller must fix
  | 'protected' // refusing to delete a default/protected branch
  | 'transient' // 423/429/5xx/network/timeout, after retries ran out
  | 'deadline' // the overall deadline passed
  | 'unknown'

/** What a failed create left behind, as far as the step can tell. */
export type Creation =
  | { kind: 'none' } // no create request of this step can have created a branch
  | { kind: 'unknown' } // a request may have landed, and the look-up could not tell
  | { kind: 'known'; branch: Branch; created: boolean } // the branch is known; the failure came after

export class NeonError extends Error {
  /** Set on errors from createOrReuseBranch. */
  creation?: Creation

  constructor(
    readonly code: NeonErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'NeonError'
  }
}

/** The role or database input names something the branch does not have. */
export class MissingConnectionTarget extends NeonError {
  constructor(
    readonly input: 'role' | 'database',
    readonly value: string,
    message: string,
  ) {
    super('invalid', message)
    this.name = 'MissingConnectionTarget'
  }
}

/** The creation an error from createOrReuseBranch reports; an error without one is treated as 'unknown'. */
export function creationOf(error: unknown): Creation {
  return error instanceof NeonError && error.creation ? error.creation : { kind: 'unknown' }
}
