// A tiny loopback stand-in for the GitHub REST API:
// - GET /repos/{owner}/{repo}/pulls/{n} (the sweep's pull request lookups);
// - a pull request's issue comments, as GitHub serves them: GET .../issues/{n}/comments pages by `per_page` (default
//   30, at most 100) and `page`, with a `Link` header (rel="next"/"last") that Octokit's paginator follows;
//   POST .../issues/{n}/comments (201), PATCH .../issues/comments/{id} (200, 404 for a comment that is gone);
//   writing needs a token that may write (else 403 "Resource not accessible by integration"), and editing someone
//   else's comment is refused (403) as it would be for a bot without admin rights;
// - GET /user: the token's user, or 403 for app and GITHUB_TOKEN tokens, which are not users.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type FakePull = { state: 'open' | 'closed'; merged: boolean } | { status: number; times?: number }

export interface FakeIdentity {
  login: string
  type: 'Bot' | 'User'
  /** may create and edit comments (`pull-requests: write`); false = a read-only token (fork pull requests) */
  write: boolean
}

export interface FakeComment {
  id: number
  issue: number
  body: string
  user: { login: string; type: 'Bot' | 'User' }
  html_url: string
  created_at: string
  updated_at: string
}

export interface GitHubFakeOptions {
  /** Pull requests (by number) that take comments, with the comments they already have. */
  comments?: Record<number, Array<Pick<FakeComment, 'body' | 'user'>>>
  /** Who each token (the part after "token ") is; an unknown token is github-actions[bot] with write access. */
  identities?: Record<string, FakeIdentity>
}

export interface GitHubFake {
  url: string
  requests: string[] // "GET /repos/o/r/pulls/1"
  authorizations: Array<string | undefined>
  /** Every comment, in creation order (edits change them in place). */
  comments: FakeComment[]
  commentsOn(issue: number): FakeComment[]
  close(): Promise<void>
}

const ACTIONS_BOT: FakeIdentity = { login: 'github-actions[bot]', type: 'Bot', write: true }
const NOT_ACCESSIBLE = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  status: '403',
}

export async function startGitHubFake(
  repository: string,
  pulls: Record<number, FakePull>,
  options: GitHubFakeOptions = {},
): Promise<GitHubFake> {
  const requests: string[] = []
  const authorizations: Array<string | undefined> = []
  const failuresServed = new Map<number, number>()
  const comments: FakeComment[] = []
  const issues = new Set(Object.keys(options.comments ?? {}).map(Number))
  let nextId = 1000
  let clock = Date.parse('2026-11-01T00:00:00Z')
  const addComment = (issue: number, body: string, user: FakeComment['user']) => {
    const at = new Date((clock += 1000)).toISOString()
    const comment: FakeComment = {
      id: nextId++,
      issue,
      body,
      user: { ...user },
      html_url: `https://github.com/${repository}/pull/${issue}#issuecomment-${nextId - 1}`,
      created_at: at,
      updated_at: at,
    }
    comments.push(comment)
    return comment
  }
  for (const [issue, seeded] of Object.entries(options.comments ?? {}))
    for (const c of seeded) addComment(Number(issue), c.body, c.user)

  let base = ''
  const server = http.createServer((req, res) => {
    let raw = ''
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')))
    req.on('end', () => {
      requests.push(`${req.method} ${req.url}`)
      authorizations.push(req.headers.authorization)
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
        res.end(JSON.stringify(body))
      }
      const token = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1]
      const identity = (token && options.identities?.[token]) || ACTIONS_BOT
      const url = new URL(req.url ?? '/', 'http://fake')
      const repoPrefix = `/repos/${repository}/`

      if (req.method === 'GET' && url.pathname === '/user') {
        if (identity.type === 'Bot') return send(403, NOT_ACCESSIBLE)
        return send(200, { login: identity.login, type: 'User' })
      }
      if (!url.pathname.startsWith(repoPrefix)) return send(404, { message: 'Not Found' })
      const rest = url.pathname.slice(repoPrefix.length)

      const pullMatch = /^pulls\/(\d+)$/.exec(rest)
      if (req.method === 'GET' && pullMatch) {
        const n = Number(pullMatch[1])
        const pull = pulls[n]
        if (!pull) return send(404, { message: 'Not Found' })
        if ('status' in pull) {
          const served = failuresServed.get(n) ?? 0
          if (pull.times === undefined || served < pull.times) {
            failuresServed.set(n, served + 1)
            return send(pull.status, { message: `fake failure ${pull.status}` })
          }
          return send(200, { number: n, state: 'closed', merged: false })
        }
        return send(200, { number: n, state: pull.state, merged: pull.merged })
      }

      const listMatch = /^issues\/(\d+)\/comments$/.exec(rest)
      if (listMatch) {
        const issue = Number(listMatch[1])
        if (!issues.has(issue)) return send(404, { message: 'Not Found' })
        if (req.method === 'GET') {
          const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30))
          const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1)
          const all = comments.filter((c) => c.issue === issue)
          const last = Math.max(1, Math.ceil(all.length / perPage))
          const link = (p: number) => `<${base}${url.pathname}?per_page=${perPage}&page=${p}>`
          const links = []
          if (page < last) links.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`)
          if (page > 1) links.push(`${link(page - 1)}; rel="prev"`, `${link(1)}; rel="first"`)
          return send(
            200,
            all.slice((page - 1) * perPage, page * perPage),
            links.length ? { link: links.join(', ') } : {},
          )
        }
        if (req.method === 'POST') {
          if (!identity.write) return send(403, NOT_ACCESSIBLE)
          const body = (JSON.parse(raw || '{}') as { body?: unknown }).body
          if (typeof body !== 'string' || body === '') return send(422, { message: 'Validation Failed' })
          if (body.length > 65536) return send(422, { message: 'Validation Failed: body is too long' })
          return send(201, addComment(issue, body, { login: identity.login, type: identity.type }))
        }
      }

      const editMatch = /^issues\/comments\/(\d+)$/.exec(rest)
      if (editMatch && req.method === 'PATCH') {
        const comment = comments.find((c) => c.id === Number(editMatch[1]))
        if (!comment) return send(404, { message: 'Not Found' })
        if (!identity.write || comment.user.login !== identity.login) return send(403, NOT_ACCESSIBLE)
        const body = (JSON.parse(raw || '{}') as { body?: unknown }).body
        if (typeof body !== 'string' || body === '') return send(422, { message: 'Validation Failed' })
        if (body.length > 65536) return send(422, { message: 'Validation Failed: body is too long' })
        comment.body = body
        comment.updated_at = new Date((clock += 1000)).toISOString()
        return send(200, comment)
      }
      send(404, { message: 'Not Found' })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  base = `http://127.0.0.1:${port}`
  return {
    url: base,
    requests,
    authorizations,
    comments,
    commentsOn: (issue) => comments.filter((c) => c.issue === issue),
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
