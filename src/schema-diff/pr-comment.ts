// Keeps one comment on the pull request up to date: found by the hidden marker that starts its body (across every
// page of the pull request's comments), edited in place, created only when there is none yet. A comment is ours only
// if a bot wrote it (GITHUB_TOKEN and app tokens comment as bots) or the token's own user did: anyone can paste the
// marker into a comment of their own, and that comment is never edited nor trusted.
import { getOctokit } from '@actions/github'

export interface CommentTarget {
  token: string
  apiUrl: string
  repository: string // owner/name
  pullNumber: number
}

export type CommentOutcome =
  | { kind: 'created' | 'updated' | 'unchanged'; url: string }
  /** No schema change and no comment yet: nothing to say on the pull request. */
  | { kind: 'not-needed' }
  /** The token may not read or write the pull request's comments (401, 403, 404). */
  | { kind: 'no-permission'; status: number; message: string }
  | { kind: 'failed'; message: string }

interface FoundComment {
  id: number
  body: string
  url: string
}

interface ListedComment {
  id: number
  body?: string | null
  html_url: string
  user?: { login?: string; type?: string } | null
}

export interface UpsertOptions {
  /** Attempts per request for 429, 5xx and network errors. */
  attempts?: number
  retryDelayMs?: number
}

export async function upsertComment(
  target: CommentTarget,
  marker: string,
  body: string,
  /** Whether a new comment is worth making (false: only an existing one is brought up to date). */
  createIfMissing: boolean,
  { attempts = 3, retryDelayMs = 1000 }: UpsertOptions = {},
): Promise<CommentOutcome> {
  const [owner, repo, ...extra] = target.repository.split('/')
  if (!owner || !repo || extra.length > 0)
    return { kind: 'failed', message: `repository "${target.repository}" is not owner/repo` }
  if (!target.token) return { kind: 'no-permission', status: 401, message: 'github_token is empty' }
  const octokit = getOctokit(target.token, { baseUrl: target.apiUrl.replace(/\/+$/, '') })
  const retrying = <T>(request: () => Promise<T>) => withRetries(request, attempts, retryDelayMs)
  const issue = { owner, repo, issue_number: target.pullNumber }

  try {
    const existing = await retrying(() => findOurs(octokit, issue, marker))
    if (existing) {
      if (existing.body === body) return { kind: 'unchanged', url: existing.url }
      try {
        const { data } = await retrying(() =>
          octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body }),
        )
        return { kind: 'updated', url: data.html_url }
      } catch (error) {
        if (statusOf(error) !== 404) throw error
        // deleted between the listing and the edit: make it again
      }
    }
    if (!createIfMissing) return { kind: 'not-needed' }
    // Not retried: a create whose answer was lost may have landed, and a second one would be a duplicate.
    const { data } = await octokit.rest.issues.createComment({ ...issue, body })
    return { kind: 'created', url: data.html_url }
  } catch (error) {
    const status = statusOf(error)
    const message = firstLine(error instanceof Error ? error.message : String(error))
    const rateLimited = status === 403 && /rate limit/i.test(message)
    if (!rateLimited && (status === 401 || status === 403 || status === 404))
      return { kind: 'no-permission', status, message }
    return { kind: 'failed', message: status ? `HTTP ${status}: ${message}` : message }
  }
}

type Octokit = ReturnType<typeof getOctokit>

async function findOurs(
  octokit: Octokit,
  issue: { owner: string; repo: string; issue_number: number },
  marker: string,
): Promise<FoundComment | undefined> {
  const others: ListedComment[] = []
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { ...issue, per_page: 100 })
  for await (const page of pages) {
    for (const comment of page.data as ListedComment[]) {
      if (!comment.body?.startsWith(marker)) continue
      if (comment.user?.type === 'Bot') return found(comment)
      others.push(comment)
    }
  }
  if (others.length === 0) return undefined
  // Marked comments by users: ours only if this token is that user (a personal access token). An app or
  // GITHUB_TOKEN cannot ask who it is (403), and then none of them is ours.
  const login = await octokit.rest.users
    .getAuthenticated()
    .then(({ data }) => data.login)
    .catch(() => undefined)
  const mine = login ? others.find((comment) => comment.user?.login === login) : undefined
  return mine && found(mine)
}

const found = (comment: ListedComment): FoundComment => ({
  id: comment.id,
  body: comment.body ?? '',
  url: comment.html_url,
})

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

async function withRetries<T>(request: () => Promise<T>, attempts: number, delayMs: number): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await request()
    } catch (error) {
      const status = statusOf(error)
      const transient = status === undefined || status === 429 || status >= 500
      if (!transient || attempt >= attempts) throw error
      await new Promise((resolve) => setTimeout(resolve, delayMs * 2 ** (attempt - 1)))
    }
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0].slice(0, 300)
}
