// node:http for node-fetch's classes (fetch-classes.mjs), through `require`: they land in an ES module chunk (esbuild
// imports an injected module into every file, so it is shared), and `import 'node:http'` there would load node's
// undici, which those classes replace: node:http's ES module facade reads every export, WebSocket's getter among them.
// The chunk's banner (build-neonctl.mjs) defines `require`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export default require('node:http')
