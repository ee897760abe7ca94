// The pull request this run is for, read from the event the runner wrote (GITHUB_EVENT_PATH): `pull_request` and
// `pull_request_target` carry it, and so does an `issue_comment` on a pull request. A push, a schedule or a manual
// run has none: there is nothing to comment on.
import { readFileSync } from 'node:fs'

export interface PullRequestOfRun {
  number: number
  /** The head is another repository: the run's token is read-only unless the repository allows more. */
  fromFork: boolean
  /** The commit pushed (on pull_request events GITHUB_SHA is a merge commit nobody pushed). */
  headSha?: string
}

interface Payload {
  pull_request?: {
    number?: unknown
    head?: { sha?: unknown; repo?: { full_name?: unknown } | null }
    base?: { repo?: { full_name?: unknown } }
  }
  issue?: { number?: unknown; pull_request?: unknown }
}

export function pullRequestOf(eventName: string, payload: unknown): PullRequestOfRun | undefined {
  const p = (typeof payload === 'object' && payload !== null ? payload : {}) as Payload
  if ((eventName === 'pull_request' || eventName === 'pull_request_target') && p.pull_request) {
    const number = p.pull_request.number
    if (!isNumber(number)) return undefined
    const head = p.pull_request.head?.repo?.full_name
    const base = p.pull_request.base?.repo?.full_name
    const sha = p.pull_request.head?.sha
    return {
      number,
      fromFork: typeof head === 'string' && typeof base === 'string' && head !== base,
      ...(typeof sha === 'string' && /^[0-9a-f]{40}$/i.test(sha) ? { headSha: sha } : {}),
    }
  }
  if (eventName === 'issue_comment' && p.issue?.pull_request && isNumber(p.issue.number)) {
    return { number: p.issue.number, fromFork: false }
  }
  return undefined
}

export function pullRequestOfRun(env: NodeJS.ProcessEnv = process.env): PullRequestOfRun | undefined {
  const path = env.GITHUB_EVENT_PATH
  if (!path) return undefined
  try {
    return pullRequestOf(env.GITHUB_EVENT_NAME ?? '', JSON.parse(readFileSync(path, 'utf8')))
  } catch {
    return undefined
  }
}

const isNumber = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0
