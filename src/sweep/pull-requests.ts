// Reads pull request states through @actions/github's Octokit. A lookup that fails is reported as 'unknown',
// never as open or closed: the plan keeps such branches.
import { getOctokit } from '@actions/github'
import type { PrState } from './plan.js'
import type { SweepOptions } from '../settings/index.js'

/** The token, owner/repo and GITHUB_API_URL. */
export type GitHubSettings = SweepOptions['github']

export interface LookupOptions {
  concurrency?: number
  attempts?: number // per PR, for 429/5xx/network errors
  retryDelayMs?: number // doubled after each failed attempt
}

export async function fetchPullRequestStates(
  numbers: number[],
  github: GitHubSettings,
  { concurrency = 4, attempts = 3, retryDelayMs = 1000 }: LookupOptions = {},
): Promise<Map<number, PrState>> {
  const states = new Map<number, PrState>()
  const [owner, repo, ...extra] = github.repository.split('/')
  const setupError =
    !owner || !repo || extra.length > 0
      ? `repository "${github.repository}" is not owner/repo`
      : !github.token
        ? 'github_token is empty'
        : undefined
  if (setupError) {
    for (const n of numbers) states.set(n, { state: 'unknown', error: setupError })
    return states
  }

  const octokit = getOctokit(github.token, { baseUrl: github.apiUrl.replace(/\/+$/, '') })
  const lookUp = async (pull_number: number): Promise<PrState> => {
    for (let attempt = 1; ; attempt++) {
      try {
        const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number })
        return data.state === 'open' ? { state: 'open' } : { state: 'closed', merged: Boolean(data.merged) }
      } catch (error) {
        const status = (error as { status?: number }).status
        const transient = status === undefined || status === 429 || status >= 500
        if (!transient || attempt >= attempts) return { state: 'unknown', error: describe(error, status) }
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs * 2 ** (attempt - 1)))
      }
    }
  }

  const queue = [...numbers]
  const worker = async (): Promise<void> => {
    for (let n = queue.shift(); n !== undefined; n = queue.shift()) states.set(n, await lookUp(n))
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker))
  return states
}

function describe(error: unknown, status: number | undefined): string {
  const message = error instanceof Error ? error.message : String(error)
  if (status === 404) return 'HTTP 404: no such pull request in this repository, or the token cannot see it'
  if (status === 401 || status === 403)
    return `HTTP ${status}: the token may not read pull requests (${firstLine(message)})`
  return status ? `HTTP ${status}: ${firstLine(message)}` : firstLine(message)
}

function firstLine(text: string): string {
  return text.split('\n')[0].slice(0, 200)
}
