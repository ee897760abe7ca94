// `fetch` for the shipped neonctl's API requests, over node's own HTTP client (the edit `requests-over-node-http`
// of scripts/neonctl-edits.mjs bundles this into dist/neonctl/ in place of the global fetch).
//
// Why: node's fetch parses answers with llhttp compiled to WebAssembly. After a few answers V8 compiles llhttp's
// parser function again, optimized, on a background thread, and the thread running neonctl cannot end until that
// compile has: 80 to 200 ms after neonctl's last output, on every path of the action that makes five requests
// (docs/benchmarks.md). node:http parses with the llhttp built into node itself.
//
// The same contract as fetch for what neonctl asks of it: a Request (or a URL and init) in, a Response out; the
// signal aborts with its reason; a network failure rejects with `TypeError: fetch failed` whose cause has the socket
// code; redirects are followed and compressed answers decoded, by fetch itself. With a proxy variable set, neon has
// installed undici's proxy agent for fetch: the request goes to fetch. The Request and Response are node-fetch's,
// the classes neon is built with (fetch-classes.mjs); node's fetch, where it still serves, is handed plain values.
import http from 'node:http'
import https from 'node:https'
import zlib from 'node:zlib'
import { Headers, Request, Response } from './fetch-classes.mjs'

/** The variables for which neon's api.js installs undici's EnvHttpProxyAgent as fetch's dispatcher. */
const PROXY_VARIABLES = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'ALL_PROXY', 'all_proxy']
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304])
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])
const DECODERS = {
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
}

/**
 * @param {RequestInfo | URL} input
 * @param {RequestInit} [init]
 * @returns {Promise<Response>}
 */
export async function nodeHttpFetch(input, init) {
  // neon hands over its own Request with only a signal (its time limit) beside it: no second Request for that
  const request = input instanceof Request && onlySignal(init) ? input : new Request(input, init)
  const signal = init?.signal ?? request.signal ?? undefined
  const url = new URL(request.url)
  const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined
  const client = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : undefined
  if (!client || PROXY_VARIABLES.some((name) => process.env[name])) return nodeFetch(request, body, signal)
  const answer = await exchange(client, url, request, body, signal)
  if (REDIRECT_STATUSES.has(answer.status) && request.redirect !== 'manual' && answer.headers.has('location')) {
    // rare for an API: fetch follows it, by its own rules, from the start
    return nodeFetch(request, body, signal)
  }
  return answer
}

/** @param {RequestInit | undefined} init */
const onlySignal = (init) => init === undefined || Object.keys(init).every((key) => key === 'signal')

/**
 * The request through node's fetch, which takes only its own Request: so the parts as plain values (the body as a
 * Blob: Node 20's fetch fails to send a typed array's again after a redirect).
 * @param {Request} request
 * @param {Buffer | undefined} body
 * @param {AbortSignal | undefined} signal
 */
function nodeFetch(request, body, signal) {
  return fetch(request.url, {
    method: request.method,
    headers: [...request.headers],
    body: body && new Blob([body]),
    redirect: request.redirect,
    signal,
  })
}

/**
 * One request and its whole answer.
 * @param {typeof http | typeof https} client
 * @param {URL} url
 * @param {Request} request
 * @param {Buffer | undefined} body
 * @param {AbortSignal | undefined} signal
 * @returns {Promise<Response>}
 */
function exchange(client, url, request, body, signal) {
  return new Promise((resolve, reject) => {
    const fail = (/** @type {unknown} */ error) =>
      reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: error }))
    if (signal?.aborted) return fail(signal.reason)
    const headers = Object.fromEntries(request.headers)
    const outgoing = client.request(url, { method: request.method, headers, signal }, (incoming) => {
      const encoding = String(incoming.headers['content-encoding'] ?? '').toLowerCase()
      const decoder = DECODERS[/** @type {keyof typeof DECODERS} */ (encoding)]
      const stream = decoder ? incoming.pipe(decoder()) : incoming
      /** @type {Buffer[]} */
      const chunks = []
      stream.on('data', (chunk) => chunks.push(chunk))
      stream.on('error', fail)
      incoming.on('error', fail)
      incoming.on('close', () => {
        if (!incoming.complete) fail(new Error('the connection closed before the whole answer arrived'))
      })
      stream.on('end', () => {
        try {
          resolve(toResponse(incoming, Buffer.concat(chunks), request))
        } catch (error) {
          fail(error)
        }
      })
    })
    outgoing.on('error', fail)
    outgoing.end(body)
  })
}

/**
 * @param {http.IncomingMessage} incoming
 * @param {Buffer} body
 * @param {Request} request
 */
function toResponse(incoming, body, request) {
  const status = incoming.statusCode ?? 0
  // fetch's Response takes no other status (node-fetch's would)
  if (status < 200 || status > 599) throw new RangeError(`the answer's status ${status} is not in 200 to 599`)
  const headers = new Headers()
  for (let i = 0; i < incoming.rawHeaders.length; i += 2)
    headers.append(incoming.rawHeaders[i], incoming.rawHeaders[i + 1])
  if (DECODERS[/** @type {keyof typeof DECODERS} */ (String(headers.get('content-encoding')).toLowerCase())]) {
    headers.delete('content-encoding') // decoded above
    headers.delete('content-length')
  }
  const response = new Response(NULL_BODY_STATUSES.has(status) || request.method === 'HEAD' ? null : body, {
    status,
    headers,
  })
  // As fetch gives them: the reason phrase as the server sent it (the constructor accepts only a token), and the
  // address asked for (neon names it in its errors).
  Object.defineProperty(response, 'statusText', { value: incoming.statusMessage ?? '' })
  Object.defineProperty(response, 'url', { value: request.url })
  return response
}
