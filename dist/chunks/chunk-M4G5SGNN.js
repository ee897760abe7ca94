import{createRequire as __neb_cr}from'node:module';const require=__neb_cr(import.meta.url);
import{Worker as n}from"node:worker_threads";var o=`
const { parentPort } = require('node:worker_threads')
parentPort.once('message', ({ script, url, args, env, codeCachePort, codeCacheReady }) => {
  for (const [name, value] of Object.entries(env)) if (value !== undefined) process.env[name] = value
  // where neonctl's main script takes its code cache from (scripts/neonctl-additions/main-script-loader.mjs)
  globalThis[Symbol.for('neon-ephemeral-branch.neonctl-code-cache')] = codeCachePort
  globalThis[Symbol.for('neon-ephemeral-branch.neonctl-code-cache-ready')] = codeCacheReady
  process.argv = [process.execPath, script, ...args]
  for (const name of ['stdout', 'stderr']) {
    process[name].write = (chunk, encoding, callback) => {
      if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined]
      parentPort.postMessage({ [name]: typeof chunk === 'string' ? Buffer.from(chunk, encoding || 'utf8').toString() : chunk })
      if (callback) process.nextTick(callback)
      return true
    }
  }
  // after every 'exit' listener neonctl has (one may still write)
  const emit = process.emit
  process.emit = function (event, ...rest) {
    const result = emit.call(this, event, ...rest)
    if (event === 'exit') parentPort.postMessage({ exit: rest[0] })
    return result
  }
  import(url)
})
`;function t(){let e=new n(o,{eval:!0,env:{},stdin:!1,stdout:!0,stderr:!0});return e.unref(),e}var r;function s(){r||(r=t(),r.on("error",()=>{}))}function a(){let e=r;return r=void 0,e&&e.threadId!==-1?e:t()}export{s as a,a as b};
