import{createRequire as __neb_cr}from'node:module';const require=__neb_cr(import.meta.url);
import{b as D}from"./chunk-UFMAYXQF.js";import"./chunk-MI3PHC57.js";import{g as N,h as I,j as O,k as x,l as g,n as h,p as A,q as M,t as _,u as B,w as P}from"./chunk-OT7RQYWA.js";import"./chunk-EVIV574S.js";import{createHash as pe}from"node:crypto";import*as Z from"node:path";import{spawn as te}from"node:child_process";import{StringDecoder as re}from"node:string_decoder";import{existsSync as ne}from"node:fs";import{stripVTControlCharacters as ie}from"node:util";var ee=String.raw`'use strict'
const { spawn } = require('node:child_process')
const fs = require('node:fs')
const os = require('node:os')
const [graceText, shell, ...args] = process.argv.slice(1)
const graceMs = Number(graceText) || 5000
const env = { ...process.env }
delete env.NODE_OPTIONS
if (env.NEB_COMMAND_NODE_OPTIONS !== undefined) env.NODE_OPTIONS = env.NEB_COMMAND_NODE_OPTIONS
delete env.NEB_COMMAND_NODE_OPTIONS

let child
try {
  // fd 3 is the lock's connection: /dev/null for the command, which must not hold it
  child = spawn(shell, args, { detached: true, stdio: ['ignore', 'inherit', 'inherit', 'ignore'], env })
} catch (error) {
  process.stderr.write('could not start the migration command: ' + error.message + '\n')
  process.exit(127)
}
const pgid = child.pid

function signalGroup(signal) {
  try { process.kill(-pgid, signal) } catch {}
}

// Whether a process of the group is still running. Zombies do not count: where PID 1 does not reap orphans (some
// containers), they stay in the group after they died.
function groupAlive() {
  try { process.kill(-pgid, 0) } catch (error) { return error.code === 'EPERM' }
  let names
  try { names = fs.readdirSync('/proc') } catch { return true }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue
    let stat
    try { stat = fs.readFileSync('/proc/' + name + '/stat', 'utf8') } catch { continue }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (Number(fields[2]) === pgid && fields[0] !== 'Z' && fields[0] !== 'X') return true
  }
  return false
}

let stopping = false
function stop() {
  if (stopping) return
  stopping = true
  signalGroup('SIGTERM')
  setTimeout(() => signalGroup('SIGKILL'), graceMs).unref()
}

process.stdin.on('data', () => {})
process.stdin.on('end', stop)
process.stdin.on('close', stop)
process.stdin.on('error', stop)
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop)

function exitLike(code, signal) {
  if (code !== null && code !== undefined) process.exit(code)
  process.removeAllListeners(signal)
  try { process.kill(process.pid, signal) } catch {}
  setTimeout(() => process.exit(128 + (os.constants.signals[signal] || 0)), 1000)
}

child.on('error', (error) => {
  process.stderr.write('could not start the migration command: ' + error.message + '\n')
  process.exit(127)
})
child.on('exit', (code, signal) => {
  if (!groupAlive()) return exitLike(code, signal)
  stop()
  const giveUpAt = Date.now() + graceMs + 5000
  const poll = setInterval(() => {
    if (groupAlive() && Date.now() < giveUpAt) return
    clearInterval(poll)
    exitLike(code, signal)
  }, 50)
})
`;function U(e,t,r){return[process.execPath,["-e",ee,"--",String(e),t,...r]]}function F(e){let{NODE_OPTIONS:t,...r}=e;return t===void 0?r:{...r,NEB_COMMAND_NODE_OPTIONS:t}}var T=class{constructor(t){this.capBytes=t}capBytes;lines=[];size=0;droppedBytes=0;append(t){let r=t,n=Buffer.byteLength(r)+1;if(n>this.capBytes){let o=Buffer.from(r);r=o.subarray(o.length-this.capBytes+1).toString("utf8").replace(/^\uFFFD+/,""),this.droppedBytes+=n-Buffer.byteLength(r)-1,n=Buffer.byteLength(r)+1}for(this.lines.push(r),this.size+=n;this.size>this.capBytes&&this.lines.length>1;){let o=this.lines.shift(),i=Buffer.byteLength(o)+1;this.size-=i,this.droppedBytes+=i}}text(){return this.lines.join(`
`)}},G=8192,y=class{constructor(t,r,n){this.redact=t;this.longestSecret=r;this.onLine=n}redact;longestSecret;onLine;decoder=new re("utf8");pending="";write(t){this.take(this.decoder.write(t),!1)}end(){this.take(this.decoder.end(),!0)}take(t,r){let n=this.pending+t;for(let i=n.search(/\r\n|\n|\r/);i>=0&&!(!r&&i===n.length-1&&n[i]==="\r");i=n.search(/\r\n|\n|\r/))this.emit(n.slice(0,i)),n=n.slice(i+(n.startsWith(`\r
`,i)?2:1));let o=Math.max(this.longestSecret-1,0);for(;n.length>G+o;){let i=this.redact(n),c=i.length-o;if(c<G){n=i;break}this.emit(i.slice(0,c),!0),n=i.slice(c)}r&&n.length>0&&(this.emit(n),n=""),this.pending=n}emit(t,r=!1){let n=oe(ie(t));this.onLine(r?n:this.redact(n))}};function oe(e){if(!e.includes("	"))return e;let t="";for(let r of e)t+=r==="	"?" ".repeat(8-t.length%8):r;return t}var j=5e3,se=2e3;function ae(e){return ne("/bin/bash")?["/bin/bash",["--noprofile","--norc","-eo","pipefail","-c",e]]:["/bin/sh",["-e","-c",e]]}function H(e){let t=new T(e.outputCapBytes),r=a=>{t.append(a),e.onLine(a)},n=new y(e.redact,e.longestSecret,r),o=new y(e.redact,e.longestSecret,r),[i,c]=ae(e.command),[u,f]=U(j,i,c);return new Promise(a=>{let l=()=>b();process.on("SIGINT",l).on("SIGTERM",l);let s;try{s=te(u,f,{cwd:e.cwd,env:F(e.env),stdio:["pipe","pipe","pipe",...e.holdOpenFd!==void 0?[e.holdOpenFd]:[]]})}catch(m){throw process.off("SIGINT",l).off("SIGTERM",l),m}s.stdin.on("error",()=>{});let d=!1,R,S,$=!1,b=()=>{s.stdin.end(),S??=setTimeout(()=>s.kill("SIGKILL"),j+3e3)},w=()=>{R=String(e.signal?.reason??"aborted"),b()},C=setTimeout(()=>{d=!0,b()},Math.max(0,e.timeoutMs)),v=m=>{$||($=!0,n.end(),o.end(),clearTimeout(C),S&&clearTimeout(S),e.signal?.removeEventListener("abort",w),process.off("SIGINT",l).off("SIGTERM",l),a({...m,timedOut:d,aborted:R,output:t}))};e.signal?.addEventListener("abort",w,{once:!0}),e.signal?.aborted&&w(),s.stdout.on("data",m=>n.write(m)),s.stderr.on("data",m=>o.write(m)),s.on("error",m=>v({spawnError:m.message})),s.on("exit",(m,k)=>{clearTimeout(C),s.stdin.destroy();let Q=setTimeout(()=>{s.stdout.destroy(),s.stderr.destroy(),v({exitCode:m??void 0,signal:k??void 0})},se);s.on("close",()=>{clearTimeout(Q),v({exitCode:m??void 0,signal:k??void 0})})})})}import{stripVTControlCharacters as W}from"node:util";var K=896*1024,de=30,ce=4e3,le=200,ue=32*1024;function E(e){let t=e.trim().split(`
`);return t.length>1?`${t[0]} …`:t[0]}function L(e){if(e<1e3)return`${e} ms`;let t=e/1e3;return t<60?`${t.toFixed(1)} s`:`${Math.floor(t/60)} min ${Math.round(t%60)} s`}function Y(e,t,r){let o=W(e).replace(/\s+$/,"").split(`
`).slice(-t).join(`
`);return o.length>r?o.slice(o.length-r):o}function J(e){return Y(e,le,ue)}function X(e,t,r,n){let o=`Migration command \`${E(e)}\``,i;r.spawnError?i=`${o} could not be started in ${t}: ${r.spawnError}`:r.timedOut?i=`${o} timed out after ${L(n)} in ${t} and was stopped`:r.aborted?i=`${o} was stopped in ${t}: ${r.aborted}`:r.exitCode!==void 0?i=`${o} failed with exit code ${r.exitCode} in ${t}`:i=`${o} was killed by ${r.signal} in ${t}`;let c=Y(r.output.text(),de,ce);return c?`${i}. Last lines of its output:
${c}`:`${i} (no output).`}var p={waiting(e){h(`Waiting for the migration run by ${e??"another job"} ...`)},takingOver(e){M(`The migration run by ${e.ranBy} (started ${e.startedAt.toISOString()}) did not finish: its job stopped or lost its database connection. Running the migration here.`,"Migration taken over")},retrying(e){h(`The migration failed in an earlier run (${e.ranBy}); this is a new run attempt, so trying again.`)},failedElsewhere(e){h(`The migration failed in ${e.ranBy}; this job fails with its error.`)},skipped(e){A(`Already migrated for commit ${V(e.commitSha)} by ${e.ranBy}; skipped here.`,"Migration skipped")},notRecorded(e){M(`Could not record the migration result (${e.message}); the next job to ask will run it again.`)},timedOutWaiting(e,t){return`Timed out after ${L(t)} waiting for the migration run by ${e??"another job"}.`}};async function z(e,t){return _(`Migration: ${E(e)}`,()=>t(B))}async function q(e){let t=g`<code>${E(e.command)}</code>`,r=L(e.durationMs),n=g`commit <code>${V(e.commitSha)}</code>`,o=[g`<h3>Migration</h3>`];e.outcome==="migrated"&&o.push(g`<p>✅ Migrated here (${t}, ${n}) in ${r}.</p>`),e.outcome==="skipped"&&o.push(g`<p>⏭️ Skipped: already migrated by ${e.ranBy??"another job"} (${n}); ${r} here.</p>`),e.outcome==="failed"&&(o.push(g`<p>❌ Failed after ${r} (${t}, ${n}).</p>`),o.push(me((e.error??"").split(`
`))),e.fullLog?o.push(ge(e.fullLog.text,e.fullLog.droppedBytes)):e.ranBy&&o.push(g`<p>The command ran in ${e.ranBy}; its full log is in that job's summary.</p>`)),await P(...o)}function me(e){let t=O(e.map(r=>W(r)));return x.trusted(`<pre><code>${t}</code></pre>`)}function ge(e,t){let n=(t>0?`[the first ${Math.floor(t)} bytes are left out: a job summary holds at most 1 MiB]
`:"")+O(e.split(`
`));return x.trusted(`<details open><summary>Full output</summary>

<pre><code>${n}</code></pre>

</details>`)}function V(e){return/^[0-9a-f]{40}$/i.test(e)?e.slice(0,7):e}async function Be(e){let t=Date.now(),r=t+e.timeoutMs,n=be(e),o=a=>N(a,n),i,c,u;try{if(u=await D.connect(e.directUrl,e.jobLabel).catch(d=>{throw new Error(`could not connect to the branch (direct URL) for the migration lock: ${d.message}`)}),!await u.tryLock()){let d=await u.lockHolder();if(p.waiting(d),!await u.waitForLock(r-Date.now()))throw new Error(p.timedOutWaiting(d,e.timeoutMs))}await u.ensureTable();let a=he(e),l=e.runAttempt,s=await u.read(a);if(s?.status==="succeeded")p.skipped(s),i={outcome:"skipped",command:e.command,commitSha:e.key,ranBy:s.ranBy};else if(s?.status==="failed"&&s.attempt===l)p.failedElsewhere(s),c=s.exitCode,i={outcome:"failed",command:e.command,commitSha:e.key,error:s.error,ranBy:s.ranBy};else{s?.status==="running"&&p.takingOver(s),s?.status==="failed"&&p.retrying(s);let d=await fe(u,e,a,l,r,o,I(n));c=d.exitCode,i=d.facts}}catch(a){i={outcome:"failed",command:e.command,commitSha:e.key,error:o(`Migration step failed: ${a instanceof Error?a.message:String(a)}`)}}finally{await u?.close()}let f=Date.now()-t;return await q({...i,durationMs:f}).catch(()=>{}),{outcome:i.outcome,durationMs:f,...c!==void 0?{exitCode:c}:{},...i.error!==void 0?{error:i.error}:{}}}async function fe(e,t,r,n,o,i,c){let u=await e.markRunning({key:r,commitSha:t.key,command:t.command,ranBy:t.jobLabel,attempt:n}),f=new AbortController;e.onConnectionLost(d=>f.abort(`lost the database connection that held the migration lock (${d.message})`));let a=await z(t.command,d=>H({command:t.command,cwd:t.cwd,env:Se(t),timeoutMs:o-Date.now(),signal:f.signal,outputCapBytes:K,redact:i,longestSecret:c,onLine:d,holdOpenFd:e.socketFd()})),l=a.exitCode===0&&!a.timedOut&&!a.aborted,s=l?void 0:i(X(t.command,t.jobLabel,a,t.timeoutMs));return await e.markFinished(u,{status:l?"succeeded":"failed",exitCode:a.exitCode,error:s,outputTail:J(a.output.text())}).catch(d=>p.notRecorded(d)),{exitCode:a.exitCode,facts:{outcome:l?"migrated":"failed",command:t.command,commitSha:t.key,error:s,fullLog:{text:a.output.text(),droppedBytes:a.output.droppedBytes}}}}function he(e){let t=Z.relative(e.workspace,e.cwd)||".",r=pe("sha256").update(`${e.command}\0${t}`).digest("hex").slice(0,16);return`${e.key}:${r}`}var ye=new Set(["NEON_API_KEY","ACTIONS_RUNTIME_TOKEN","ACTIONS_RUNTIME_URL","ACTIONS_RESULTS_URL","ACTIONS_CACHE_URL"]);function Se(e){return{...Object.fromEntries(Object.entries(process.env).filter(([r])=>!r.startsWith("INPUT_")&&!ye.has(r))),...e.env,DATABASE_URL:e.directUrl,PYTHONUNBUFFERED:"1"}}function be(e){let t=[e.directUrl];try{let r=decodeURIComponent(new URL(e.directUrl).password);r&&t.push(r,encodeURIComponent(r))}catch{}for(let[r,n]of Object.entries(e.env))/DATABASE_URL|PASSWORD/.test(r)&&t.push(n);return t}export{Se as commandEnv,he as recordKey,Be as runMigrateStep};
