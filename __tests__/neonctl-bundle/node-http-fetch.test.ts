// The fetch the shipped neonctl's API requests go through (scripts/neonctl-additions/node-http-fetch.mjs), against
// loopback servers: what neon reads of an answer is what node's fetch would give it, and every failure rejects.
// Requests and answers are the classes the shipped neonctl is built with (node-fetch's, fetch-classes.mjs).
import http from 'node:http'
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net'
import { gzipSync } from 'node:zlib'
import { Request } from '../../scripts/neonctl-additions/fetch-classes.mjs'
import { nodeHttpFetch } from '../../scripts/neonctl-additions/node-http-fetch.mjs'

type Handler = (req: http.IncomingMessage, body: string, res: http.ServerResponse) => void

async function listen(server: http.Server | Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

async function withHttp<T>(handler: Handler, use: (base: string) => Promise<T>): Promise<T> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => handler(req, Buffer.concat(chunks).toString('utf8'), res))
  })
  try {
    return await use(await listen(server))
  } finally {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
}

/** A server that writes `raw` bytes to every connection (answers node:http would refuse to send). */
async function withRaw<T>(raw: (socket: Socket) => void, use: (base: string) => Promise<T>): Promise<T> {
  const sockets = new Set<Socket>()
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.once('data', () => raw(socket))
  })
  try {
    return await use(await listen(server))
  } finally {
    for (const socket of sockets) socket.destroy()
    await new Promise((resolve) => server.close(resolve))
  }
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as Error & { cause?: { code?: string } },
  )

it('sends the method, headers and body, and gives status, headers, body and address as fetch does', async () => {
  let seen: { method?: string; headers?: http.IncomingHttpHeaders; body?: string } = {}
  await withHttp(
    (req, body, res) => {
      seen = { method: req.method, headers: req.headers, body }
      res.setHeader('set-cookie', ['a=1', 'b=2'])
      res.writeHead(201, 'Created', { 'content-type': 'application/json', 'x-request-id': 'r1' })
      res.end(JSON.stringify({ branch: { name: 'n' } }))
    },
    async (base) => {
      const request = new Request(`${base}/api/v2/projects/p/branches?x=1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer k', 'user-agent': 'neonctl v5' },
        body: JSON.stringify({ branch: { name: 'n' } }),
      })
      const response = await nodeHttpFetch(request)
      expect(response.status).toBe(201)
      expect(response.ok).toBe(true)
      expect(response.statusText).toBe('Created')
      expect(response.url).toBe(`${base}/api/v2/projects/p/branches?x=1`)
      expect(response.headers.get('x-request-id')).toBe('r1')
      expect(response.headers.get('set-cookie')).toBe('a=1, b=2')
      expect(await response.json()).toEqual({ branch: { name: 'n' } })
    },
  )
  expect(seen.method).toBe('POST')
  expect(seen.body).toBe('{"branch":{"name":"n"}}')
  expect(seen.headers).toMatchObject({
    'content-type': 'application/json',
    'content-length': '23',
    authorization: 'Bearer k',
    'user-agent': 'neonctl v5',
  })
})

it('takes a URL and init as fetch does', async () => {
  await withHttp(
    (req, _body, res) => res.end(req.url),
    async (base) => {
      const response = await nodeHttpFetch(`${base}/a?b=c`, { method: 'GET' })
      expect(await response.text()).toBe('/a?b=c')
    },
  )
})

it('gives no body for a 204 or a HEAD, and an empty one for an empty 200', async () => {
  await withHttp(
    (req, _body, res) => res.writeHead(req.url === '/none' ? 204 : 200).end(),
    async (base) => {
      expect((await nodeHttpFetch(`${base}/none`)).body).toBeNull()
      expect((await nodeHttpFetch(`${base}/x`, { method: 'HEAD' })).body).toBeNull()
      expect(await (await nodeHttpFetch(`${base}/x`)).text()).toBe('')
    },
  )
})

it('decodes a compressed answer', async () => {
  await withHttp(
    (_req, _body, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('{"ok":true}')),
    async (base) => {
      const response = await nodeHttpFetch(`${base}/`)
      expect(response.headers.has('content-encoding')).toBe(false)
      expect(await response.json()).toEqual({ ok: true })
    },
  )
})

it('follows a redirect, as fetch does', async () => {
  await withHttp(
    (req, body, res) =>
      req.url === '/old' ? res.writeHead(307, { location: '/new' }).end() : res.end(`${req.method} ${body}`),
    async (base) => {
      const response = await nodeHttpFetch(`${base}/old`, { method: 'POST', body: 'b' })
      expect(await response.text()).toBe('POST b')
    },
  )
})

it('keeps a reason phrase the Response constructor would refuse, as the server sent it', async () => {
  await withRaw(
    (socket) => socket.end('HTTP/1.1 503 Down (see <status>)\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}'),
    async (base) => {
      const response = await nodeHttpFetch(`${base}/`)
      expect(response.status).toBe(503)
      expect(response.statusText).toBe('Down (see <status>)')
    },
  )
})

it('rejects as fetch does when the connection is refused: TypeError, the socket code in its cause', async () => {
  const server = createServer()
  const base = await listen(server)
  await new Promise((resolve) => server.close(resolve))
  const error = await rejection(nodeHttpFetch(`${base}/`))
  expect(error).toBeInstanceOf(TypeError)
  expect(error?.message).toBe('fetch failed')
  expect(error?.cause?.code).toBe('ECONNREFUSED')
})

it('rejects when the connection closes before the whole answer', async () => {
  await withRaw(
    (socket) => socket.end('HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n{"partial":'),
    async (base) => {
      const error = await rejection(nodeHttpFetch(`${base}/`))
      expect(error).toBeInstanceOf(TypeError)
    },
  )
})

it('rejects an answer no Response can hold (a status above 599)', async () => {
  await withRaw(
    (socket) => socket.end('HTTP/1.1 600 Odd\r\ncontent-length: 0\r\n\r\n'),
    async (base) => {
      expect(await rejection(nodeHttpFetch(`${base}/`))).toBeInstanceOf(TypeError)
    },
  )
})

it('rejects with the signal reason when aborted, before or during the exchange', async () => {
  await withHttp(
    () => undefined, // never answers
    async (base) => {
      const early = await rejection(nodeHttpFetch(`${base}/`, { signal: AbortSignal.abort() }))
      expect(early?.name).toBe('AbortError')
      const late = await rejection(nodeHttpFetch(`${base}/`, { signal: AbortSignal.timeout(50) }))
      expect(late?.name).toBe('TimeoutError')
    },
  )
})

it('leaves the request to fetch when a proxy variable is set (neon has given fetch its proxy agent)', async () => {
  const real = globalThis.fetch
  const calls: [unknown, RequestInit][] = []
  globalThis.fetch = (async (input: unknown, init: RequestInit) => {
    calls.push([input, init])
    return new Response('via fetch')
  }) as typeof fetch
  process.env.HTTPS_PROXY = 'http://127.0.0.1:9'
  try {
    const signal = AbortSignal.timeout(60_000)
    const request = new Request('http://127.0.0.1:9/api/v2/projects', {
      method: 'POST',
      headers: { authorization: 'Bearer k' },
      body: '{"a":1}',
    })
    const response = await nodeHttpFetch(request, { signal })
    expect(await response.text()).toBe('via fetch')
    // node's fetch takes only its own Request: it gets the parts as plain values
    const [[url, init]] = calls
    expect(url).toBe('http://127.0.0.1:9/api/v2/projects')
    expect(init).toMatchObject({ method: 'POST', redirect: 'follow', signal })
    expect(init.headers).toContainEqual(['authorization', 'Bearer k'])
    expect(await (init.body as Blob).text()).toBe('{"a":1}')
  } finally {
    delete process.env.HTTPS_PROXY
    globalThis.fetch = real
  }
})
