// The fetch API's classes in the shipped neonctl: node-fetch's Headers, Request and Response, and the FormData
// node-fetch takes (formdata-polyfill's). scripts/build-neonctl.mjs injects them in place of node's globals of those
// names wherever the bundle names them (the edit `fetch-classes-from-node-fetch`).
//
// Why: node makes all four global by loading its whole bundled undici (its fetch, HTTP/1 and HTTP/2 clients and
// web-streams glue), 30 to 45 ms of neonctl's thread before its first request on every run; neon's code names
// FormData on every raw request (`body instanceof FormData`), so it loaded even where nothing else did. neon only
// builds and reads these objects: its requests go through node:http (node-http-fetch.mjs). These cost 12 to 15 ms.
export { default as Headers } from 'node-fetch/src/headers.js'
export { default as Request } from 'node-fetch/src/request.js'
export { default as Response } from 'node-fetch/src/response.js'
export { FormData } from 'formdata-polyfill/esm.min.js'
