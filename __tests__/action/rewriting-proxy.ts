// A loopback proxy in front of the local Neon server that can rewrite its answers or answer in its place: hostile
// fields (names, hosts, times, error texts), and faults the server cannot make (a 503 after the work was done).
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

export interface ProxyRule {
  method?: string
  path: RegExp
  /** how many requests it applies to; default: all */
  times?: number
  /** answer without forwarding (the server never sees the request) */
  answer?: (request: ProxiedRequest) => Answer | undefined
  /** forward, then change the server's answer (return undefined to pass it on unchanged) */
  rewrite?: (answer: Answer, request: ProxiedRequest) => Answer | undefined
}

export interface RewritingProxy {
  /** api_host for the action */
  apiHost: string
  rules: ProxyRule[]
  /** every request that went through, with the status the client got */
  log: Array<{ method: string; path: string; status: number }>
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

export async function startRewritingProxy(target: string): Promise<RewritingProxy> {
  const upstream = new URL(target)
  const rules: ProxyRule[] = []
  const log: RewritingProxy['log'] = []

  const take = (request: ProxiedRequest, kind: 'answer' | 'rewrite'): ProxyRule | undefined => {
    const rule = rules.find(
      (r) =>
        r[kind] &&
        (r.times === undefined || r.times > 0) &&
        (!r.method || r.method === request.method) &&
        r.path.test(request.path),
    )
    return rule
  }
  const consume = (rule: ProxyRule) => {
    if (rule.times !== undefined) rule.times -= 1
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
      const send = (answer: Answer, headers: http.OutgoingHttpHeaders = {}) => {
        const body = answer.body === undefined ? '' : JSON.stringify(answer.body)
        log.push({ method: request.method, path: request.path, status: answer.status })
        res.writeHead(answer.status, answer.statusText, {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        })
        res.end(body)
      }
      const direct = take(request, 'answer')
      const answered = direct?.answer?.(request)
      if (direct && answered) {
        consume(direct)
        return send(answered)
      }
      const forward = http.request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: upstream.host },
        },
        (response) => {
          const body: Buffer[] = []
          response.on('data', (chunk: Buffer) => body.push(chunk))
          response.on('end', () => {
            const answer: Answer = { status: response.statusCode ?? 502, body: parse(Buffer.concat(body).toString()) }
            const rule = take(request, 'rewrite')
            const rewritten = rule?.rewrite?.(answer, request)
            if (rule && rewritten) {
              consume(rule)
              return send(rewritten)
            }
            // unchanged: the server's bytes as they were
            const bytes = Buffer.concat(body)
            const headers = { ...response.headers, 'content-length': bytes.length }
            delete headers['transfer-encoding']
            log.push({ method: request.method, path: request.path, status: answer.status })
            res.writeHead(answer.status, response.statusMessage, headers)
            res.end(bytes)
          })
        },
      )
      forward.on('error', (error) => send({ status: 502, body: { code: '', message: error.message } }))
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
