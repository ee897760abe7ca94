// A loopback proxy in front of the local Neon server, for what the server itself cannot make: hostile fields (names,
// hosts, times, error texts) in its answers, an answer lost after the work was done (a 503, a dropped connection),
// no answer at all, and small pages. Everything else is the server's own behaviour.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ProxiedRequest {
  method: string
  /** without /api/v2 and the query */
  path: string
  query: URLSearchParams
  body: unknown
}

export interface Answer {
  status: number
  body?: unknown
  /** the HTTP reason phrase */
  statusText?: string
}

/** Instead of an answer: the connection is dropped, or left open without one until the proxy closes. */
export type Cut = { drop: true } | { hang: true }

export interface ProxyRule {
  method?: string
  path: RegExp
  /** how many requests it applies to; default: all */
  times?: number
  /** answer without forwarding (the server never sees the request) */
  answer?: (request: ProxiedRequest) => Answer | Cut | undefined
  /** forward, then change the server's answer or cut it (return undefined to pass it on unchanged) */
  rewrite?: (answer: Answer, request: ProxiedRequest) => Answer | Cut | undefined
  /** change the query before forwarding (for example a smaller page `limit`) */
  query?: (query: URLSearchParams) => void
}

export interface ProxiedLogEntry {
  method: string
  path: string
  /** 0 when the proxy dropped the connection or gave no answer */
  status: number
  userAgent?: string
}

export interface RewritingProxy {
  /** api_host for the action */
  apiHost: string
  rules: ProxyRule[]
  /** every request that went through, with the status the client got */
  log: ProxiedLogEntry[]
  close(): Promise<void>
}

function parse(text: string): unknown {
  if (!text) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/**
 * The race in which another job's branch appears between `branches create`'s listing and its POST (the shipped
 * neonctl answers a name its listing has without POSTing): the next listing without a search (the create's; the
 * action's own look-ups search) does not show `name`.
 */
export function hiddenFromCreateListing(name: string): ProxyRule {
  return {
    method: 'GET',
    path: /\/branches$/,
    times: 1,
    rewrite: (answer, request) => {
      const body = answer.body as { branches?: { name: string }[] } | undefined
      if (request.query.has('search') || !Array.isArray(body?.branches)) return undefined
      return { status: answer.status, body: { ...body, branches: body.branches.filter((b) => b.name !== name) } }
    },
  }
}

export async function startRewritingProxy(target: string): Promise<RewritingProxy> {
  const upstream = new URL(target)
  const rules: ProxyRule[] = []
  const log: ProxiedLogEntry[] = []

  /** The first rule of this kind that applies to the request. */
  const find = (request: ProxiedRequest, kind: 'answer' | 'rewrite' | 'query'): ProxyRule | undefined =>
    rules.find(
      (r) =>
        r[kind] &&
        (r.times === undefined || r.times > 0) &&
        (!r.method || r.method === request.method) &&
        r.path.test(request.path),
    )
  /** What the rule made of the request; a rule whose callback returned something used up one of its `times`. */
  const applied = <T>(rule: ProxyRule | undefined, outcome: T | undefined): T | undefined => {
    if (rule && outcome !== undefined && rule.times !== undefined) rule.times -= 1
    return outcome
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const raw = Buffer.concat(chunks)
      const url = new URL(req.url ?? '/', 'http://proxy')
      const request: ProxiedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname.replace(/^\/api\/v2(?=\/)/, ''),
        query: url.searchParams,
        body: parse(raw.toString('utf8')),
      }
      const entry: ProxiedLogEntry = { method: request.method, path: request.path, status: 0 }
      if (req.headers['user-agent']) entry.userAgent = req.headers['user-agent']
      log.push(entry)
      /** Answers, or cuts; true when the request is settled. */
      const settle = (outcome: Answer | Cut | undefined): boolean => {
        if (!outcome) return false
        if ('drop' in outcome) req.socket.destroy()
        else if (!('hang' in outcome)) {
          const body = outcome.body === undefined ? '' : JSON.stringify(outcome.body)
          entry.status = outcome.status
          res.writeHead(outcome.status, outcome.statusText, {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          })
          res.end(body)
        }
        return true
      }
      const answering = find(request, 'answer')
      if (settle(applied(answering, answering?.answer?.(request)))) return
      const querying = find(request, 'query')
      if (querying?.query) {
        querying.query(url.searchParams)
        applied(querying, true)
      }
      const forward = http.request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: `${url.pathname}${url.search}`,
          headers: { ...req.headers, host: upstream.host },
        },
        (response) => {
          const body: Buffer[] = []
          response.on('data', (chunk: Buffer) => body.push(chunk))
          response.on('end', () => {
            const bytes = Buffer.concat(body)
            const answer: Answer = { status: response.statusCode ?? 502, body: parse(bytes.toString()) }
            const rewriting = find(request, 'rewrite')
            if (settle(applied(rewriting, rewriting?.rewrite?.(answer, request)))) return
            // unchanged: the server's bytes as they were
            const headers = { ...response.headers, 'content-length': bytes.length }
            delete headers['transfer-encoding']
            entry.status = answer.status
            res.writeHead(answer.status, response.statusMessage, headers)
            res.end(bytes)
          })
        },
      )
      forward.on('error', (error) => settle({ status: 502, body: { code: '', message: error.message } }))
      forward.end(raw)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    apiHost: `http://127.0.0.1:${port}/api/v2`,
    rules,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
