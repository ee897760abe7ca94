import{createRequire as __neb_cr}from'node:module';const require=__neb_cr(import.meta.url);
import{a as j}from"./chunk-ZSLB2V5P.js";import{A as G,k as U,l as P,n as T,o as R,p,r as y,t as D,u as N,x as F,y as H}from"./chunk-PTZLJVGI.js";import{createHash as Re}from"node:crypto";import*as oe from"node:path";import{spawn as ce}from"node:child_process";import{StringDecoder as de}from"node:string_decoder";import{existsSync as le}from"node:fs";import{stripVTControlCharacters as ue}from"node:util";var ae=String.raw`'use strict'
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
`;function q(e,t,r){return[process.execPath,["-e",ae,"--",String(e),t,...r]]}function W(e){let{NODE_OPTIONS:t,...r}=e;return t===void 0?r:{...r,NEB_COMMAND_NODE_OPTIONS:t}}var x=class{constructor(t){this.capBytes=t}capBytes;lines=[];size=0;droppedBytes=0;append(t){let r=t,n=Buffer.byteLength(r)+1;if(n>this.capBytes){let i=Buffer.from(r);r=i.subarray(i.length-this.capBytes+1).toString("utf8").replace(/^\uFFFD+/,""),this.droppedBytes+=n-Buffer.byteLength(r)-1,n=Buffer.byteLength(r)+1}for(this.lines.push(r),this.size+=n;this.size>this.capBytes&&this.lines.length>1;){let i=this.lines.shift(),o=Buffer.byteLength(i)+1;this.size-=o,this.droppedBytes+=o}}text(){return this.lines.join(`
`)}},K=8192,S=class{constructor(t,r,n){this.redact=t;this.longestSecret=r;this.onLine=n}redact;longestSecret;onLine;decoder=new de("utf8");pending="";write(t){this.take(this.decoder.write(t),!1)}end(){this.take(this.decoder.end(),!0)}take(t,r){let n=this.pending+t;for(let o=n.search(/\r\n|\n|\r/);o>=0&&!(!r&&o===n.length-1&&n[o]==="\r");o=n.search(/\r\n|\n|\r/))this.emit(n.slice(0,o)),n=n.slice(o+(n.startsWith(`\r
`,o)?2:1));let i=Math.max(this.longestSecret-1,0);for(;n.length>K+i;){let o=this.redact(n),c=o.length-i;if(c<K){n=o;break}this.emit(o.slice(0,c),!0),n=o.slice(c)}r&&n.length>0&&(this.emit(n),n=""),this.pending=n}emit(t,r=!1){let n=me(ue(t));this.onLine(r?n:this.redact(n))}};function me(e){if(!e.includes("	"))return e;let t="";for(let r of e)t+=r==="	"?" ".repeat(8-t.length%8):r;return t}var Y=5e3,pe=2e3;function ge(e){return le("/bin/bash")?["/bin/bash",["--noprofile","--norc","-eo","pipefail","-c",e]]:["/bin/sh",["-e","-c",e]]}function X(e){let t=new x(e.outputCapBytes),r=a=>{t.append(a),e.onLine(a)},n=new S(e.redact,e.longestSecret,r),i=new S(e.redact,e.longestSecret,r),[o,c]=ge(e.command),[l,f]=q(Y,o,c);return new Promise(a=>{let u=()=>E();process.on("SIGINT",u).on("SIGTERM",u);let s;try{s=ce(l,f,{cwd:e.cwd,env:W(e.env),stdio:["pipe","pipe","pipe",...e.holdOpenFd!==void 0?[e.holdOpenFd]:[]]})}catch(m){throw process.off("SIGINT",u).off("SIGTERM",u),m}s.stdin.on("error",()=>{});let d=!1,A,w,k=!1,E=()=>{s.stdin.end(),w??=setTimeout(()=>s.kill("SIGKILL"),Y+3e3)},_=()=>{A=String(e.signal?.reason??"aborted"),E()},I=setTimeout(()=>{d=!0,E()},Math.max(0,e.timeoutMs)),L=m=>{k||(k=!0,n.end(),i.end(),clearTimeout(I),w&&clearTimeout(w),e.signal?.removeEventListener("abort",_),process.off("SIGINT",u).off("SIGTERM",u),a({...m,timedOut:d,aborted:A,output:t}))};e.signal?.addEventListener("abort",_,{once:!0}),e.signal?.aborted&&_(),s.stdout.on("data",m=>n.write(m)),s.stderr.on("data",m=>i.write(m)),s.on("error",m=>L({spawnError:m.message})),s.on("exit",(m,B)=>{clearTimeout(I),s.stdin.destroy();let se=setTimeout(()=>{s.stdout.destroy(),s.stderr.destroy(),L({exitCode:m??void 0,signal:B??void 0})},pe);s.on("close",()=>{clearTimeout(se),L({exitCode:m??void 0,signal:B??void 0})})})})}import{readFileSync as fe}from"node:fs";var he=["disable","allow","prefer","require","verify-ca","verify-full"];function z(e){let t;try{t=new URL(e)}catch{throw new Error("The database URL is not a valid URL")}if(t.protocol!=="postgresql:"&&t.protocol!=="postgres:")throw new Error(`The database URL must start with postgresql://, not ${t.protocol}//`);let r=t.searchParams,n=decodeURIComponent(t.username),i=r.get("sslmode")??"prefer";if(!he.includes(i))throw new Error(`Unsupported sslmode=${i} in the database URL`);let o={host:t.hostname.replace(/^\[(.*)\]$/,"$1"),port:t.port?Number(t.port):5432,user:n,password:decodeURIComponent(t.password),database:decodeURIComponent(t.pathname.slice(1))||n,ssl:ye(i,r.get("sslrootcert")),enableChannelBinding:r.get("channel_binding")!=="disable"&&i!=="disable"&&i!=="allow",keepAlive:!0},c=Number(r.get("connect_timeout"));c>0&&(o.connectionTimeoutMillis=c*1e3);let l=r.get("options");return l&&(o.options=l),{config:o,plainFallback:i==="prefer"}}function ye(e,t){if(e==="disable"||e==="allow")return!1;if(e==="prefer")return{rejectUnauthorized:!1};let r=t&&t!=="system"?fe(t,"utf8"):void 0;return{rejectUnauthorized:!0,...r?{ca:r}:{},...e==="verify-ca"?{checkServerIdentity:()=>{}}:{}}}var v="neon_ephemeral_branch",h=`${v}.migration_runs`,C="7954894172483036530",O="neon-ephemeral-branch migrate: ",J=63,Se="55P03",b=class e{constructor(t){this.client=t;t.on("error",r=>{if(!this.closing)for(let n of this.lostHandlers)n(r)})}client;lostHandlers=[];closing=!1;static async connect(t,r){let{config:n,plainFallback:i}=z(t),o={...n,application_name:(O+r).slice(0,J)};try{return await e.open(o)}catch(c){if(i&&/does not support SSL/i.test(String(c)))return e.open({...o,ssl:!1,enableChannelBinding:!1});throw c}}static async open(t){let r=new j.Client(t);r.on("error",()=>{});try{await r.connect(),await r.query("SELECT set_config('statement_timeout', '0', false)"),await r.query("SELECT set_config('idle_session_timeout', '0', false)").catch(()=>{})}catch(n){throw await r.end().catch(()=>{}),n}return new e(r)}socketFd(){let r=this.client.connection?.stream?._handle,n=r?.fd??r?._parent?.fd;return typeof n=="number"&&n>=0?n:void 0}onConnectionLost(t){this.lostHandlers.push(t)}async tryLock(){let{rows:t}=await this.client.query("SELECT pg_try_advisory_lock($1::bigint) AS locked",[C]);return t[0].locked===!0}async waitForLock(t){await this.client.query("SELECT set_config('lock_timeout', $1, false)",[`${Math.max(1,Math.ceil(t))}ms`]);try{return await this.client.query("SELECT pg_advisory_lock($1::bigint)",[C]),!0}catch(r){if(r.code===Se)return!1;throw r}finally{await this.client.query("SELECT set_config('lock_timeout', '0', false)")}}async lockHolder(){let{rows:t}=await this.client.query(`SELECT a.application_name
         FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
          AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND l.classid = ($1::bigint >> 32)::oid AND l.objid = ($1::bigint & 4294967295)::oid`,[C]),r=t[0]?.application_name;if(!r?.startsWith(O))return;let n=r.slice(O.length);return Buffer.byteLength(r)<J?n:(await this.client.query(`SELECT ran_by FROM ${h}
        WHERE status = 'running' AND left(ran_by, length($1)) = $1 ORDER BY started_at DESC LIMIT 1`,[n]).catch(()=>({rows:[]}))).rows[0]?.ran_by??`${n}…`}async ensureTable(){let{rows:t}=await this.client.query("SELECT to_regclass($1) IS NOT NULL AS present",[h]);t[0].present||await this.client.query(`
      CREATE SCHEMA IF NOT EXISTS ${v};
      COMMENT ON SCHEMA ${v} IS 'neon-ephemeral-branch GitHub Action: record of migration runs';
      CREATE TABLE IF NOT EXISTS ${h} (
        key          text PRIMARY KEY,
        commit_sha   text NOT NULL,
        command      text NOT NULL,
        status       text NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
        ran_by       text NOT NULL,
        attempt      text NOT NULL,
        exit_code    integer,
        error        text,
        output_tail  text,
        started_at   timestamptz NOT NULL,
        finished_at  timestamptz
      )`)}async read(t){let{rows:r}=await this.client.query(`SELECT * FROM ${h} WHERE key = $1`,[t]),n=r[0];if(n)return{key:n.key,commitSha:n.commit_sha,command:n.command,status:n.status,ranBy:n.ran_by,attempt:n.attempt,exitCode:n.exit_code??void 0,error:n.error??void 0,outputTail:n.output_tail??void 0,startedAt:n.started_at,finishedAt:n.finished_at??void 0}}async markRunning(t){let{rows:r}=await this.client.query(`INSERT INTO ${h} (key, commit_sha, command, status, ran_by, attempt, started_at)
       VALUES ($1, $2, $3, 'running', $4, $5, now())
       ON CONFLICT (key) DO UPDATE SET status = 'running', ran_by = excluded.ran_by, attempt = excluded.attempt,
         exit_code = NULL, error = NULL, output_tail = NULL, started_at = now(), finished_at = NULL
       RETURNING started_at`,[t.key,t.commitSha,t.command,t.ranBy,t.attempt]);return{...t,startedAt:r[0].started_at}}async markFinished(t,r){await this.ensureTable(),await this.client.query(`INSERT INTO ${h} (key, commit_sha, command, status, ran_by, attempt, exit_code, error, output_tail,
                                    started_at, finished_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now())
       ON CONFLICT (key) DO UPDATE SET status = excluded.status, exit_code = excluded.exit_code,
         error = excluded.error, output_tail = excluded.output_tail, finished_at = excluded.finished_at`,[t.key,t.commitSha,t.command,r.status,t.ranBy,t.attempt,r.exitCode??null,r.error??null,r.outputTail??null,t.startedAt])}async close(){this.closing=!0,await this.client.end().catch(()=>{})}};import{stripVTControlCharacters as V}from"node:util";var Z=896*1024,be=30,we=4e3,Ee=200,_e=32*1024;function $(e){let t=e.trim().split(`
`);return t.length>1?`${t[0]} …`:t[0]}function M(e){if(e<1e3)return`${e} ms`;let t=e/1e3;return t<60?`${t.toFixed(1)} s`:`${Math.floor(t/60)} min ${Math.round(t%60)} s`}function Q(e,t,r){let i=V(e).replace(/\s+$/,"").split(`
`).slice(-t).join(`
`);return i.length>r?i.slice(i.length-r):i}function ee(e){return Q(e,Ee,_e)}function te(e,t,r,n){let i=`Migration command \`${$(e)}\``,o;r.spawnError?o=`${i} could not be started in ${t}: ${r.spawnError}`:r.timedOut?o=`${i} timed out after ${M(n)} in ${t} and was stopped`:r.aborted?o=`${i} was stopped in ${t}: ${r.aborted}`:r.exitCode!==void 0?o=`${i} failed with exit code ${r.exitCode} in ${t}`:o=`${i} was killed by ${r.signal} in ${t}`;let c=Q(r.output.text(),be,we);return c?`${o}. Last lines of its output:
${c}`:`${o} (no output).`}var g={waiting(e){y(`Waiting for the migration run by ${e??"another job"} ...`)},takingOver(e){N(`The migration run by ${e.ranBy} (started ${e.startedAt.toISOString()}) did not finish: its job stopped or lost its database connection. Running the migration here.`,"Migration taken over")},retrying(e){y(`The migration failed in an earlier run (${e.ranBy}); this is a new run attempt, so trying again.`)},failedElsewhere(e){y(`The migration failed in ${e.ranBy}; this job fails with its error.`)},skipped(e){D(`Already migrated for commit ${ie(e.commitSha)} by ${e.ranBy}; skipped here.`,"Migration skipped")},notRecorded(e){N(`Could not record the migration result (${e.message}); the next job to ask will run it again.`)},timedOutWaiting(e,t){return`Timed out after ${M(t)} waiting for the migration run by ${e??"another job"}.`}};async function re(e,t){return F(`Migration: ${$(e)}`,()=>t(H))}async function ne(e){let t=p`<code>${$(e.command)}</code>`,r=M(e.durationMs),n=p`commit <code>${ie(e.commitSha)}</code>`,i=[p`<h3>Migration</h3>`];e.outcome==="migrated"&&i.push(p`<p>✅ Migrated here (${t}, ${n}) in ${r}.</p>`),e.outcome==="skipped"&&i.push(p`<p>⏭️ Skipped: already migrated by ${e.ranBy??"another job"} (${n}); ${r} here.</p>`),e.outcome==="failed"&&(i.push(p`<p>❌ Failed after ${r} (${t}, ${n}).</p>`),i.push(Le((e.error??"").split(`
`))),e.fullLog?i.push(Te(e.fullLog.text,e.fullLog.droppedBytes)):e.ranBy&&i.push(p`<p>The command ran in ${e.ranBy}; its full log is in that job's summary.</p>`)),await G(...i)}function Le(e){let t=T(e.map(r=>V(r)));return R.trusted(`<pre><code>${t}</code></pre>`)}function Te(e,t){let n=(t>0?`[the first ${Math.floor(t)} bytes are left out: a job summary holds at most 1 MiB]
`:"")+T(e.split(`
`));return R.trusted(`<details open><summary>Full output</summary>

<pre><code>${n}</code></pre>

</details>`)}function ie(e){return/^[0-9a-f]{40}$/i.test(e)?e.slice(0,7):e}async function Ze(e){let t=Date.now(),r=t+e.timeoutMs,n=ve(e),i=a=>U(a,n),o,c,l;try{if(l=await b.connect(e.directUrl,e.jobLabel).catch(d=>{throw new Error(`could not connect to the branch (direct URL) for the migration lock: ${d.message}`)}),!await l.tryLock()){let d=await l.lockHolder();if(g.waiting(d),!await l.waitForLock(r-Date.now()))throw new Error(g.timedOutWaiting(d,e.timeoutMs))}await l.ensureTable();let a=xe(e),u=e.runAttempt,s=await l.read(a);if(s?.status==="succeeded")g.skipped(s),o={outcome:"skipped",command:e.command,commitSha:e.key,ranBy:s.ranBy};else if(s?.status==="failed"&&s.attempt===u)g.failedElsewhere(s),c=s.exitCode,o={outcome:"failed",command:e.command,commitSha:e.key,error:s.error,ranBy:s.ranBy};else{s?.status==="running"&&g.takingOver(s),s?.status==="failed"&&g.retrying(s);let d=await Ne(l,e,a,u,r,i,P(n));c=d.exitCode,o=d.facts}}catch(a){o={outcome:"failed",command:e.command,commitSha:e.key,error:i(`Migration step failed: ${a instanceof Error?a.message:String(a)}`)}}finally{await l?.close()}let f=Date.now()-t;return await ne({...o,durationMs:f}).catch(()=>{}),{outcome:o.outcome,durationMs:f,...c!==void 0?{exitCode:c}:{},...o.error!==void 0?{error:o.error}:{}}}async function Ne(e,t,r,n,i,o,c){let l=await e.markRunning({key:r,commitSha:t.key,command:t.command,ranBy:t.jobLabel,attempt:n}),f=new AbortController;e.onConnectionLost(d=>f.abort(`lost the database connection that held the migration lock (${d.message})`));let a=await re(t.command,d=>X({command:t.command,cwd:t.cwd,env:Oe(t),timeoutMs:i-Date.now(),signal:f.signal,outputCapBytes:Z,redact:o,longestSecret:c,onLine:d,holdOpenFd:e.socketFd()})),u=a.exitCode===0&&!a.timedOut&&!a.aborted,s=u?void 0:o(te(t.command,t.jobLabel,a,t.timeoutMs));return await e.markFinished(l,{status:u?"succeeded":"failed",exitCode:a.exitCode,error:s,outputTail:ee(a.output.text())}).catch(d=>g.notRecorded(d)),{exitCode:a.exitCode,facts:{outcome:u?"migrated":"failed",command:t.command,commitSha:t.key,error:s,fullLog:{text:a.output.text(),droppedBytes:a.output.droppedBytes}}}}function xe(e){let t=oe.relative(e.workspace,e.cwd)||".",r=Re("sha256").update(`${e.command}\0${t}`).digest("hex").slice(0,16);return`${e.key}:${r}`}var Ce=new Set(["NEON_API_KEY","ACTIONS_RUNTIME_TOKEN","ACTIONS_RUNTIME_URL","ACTIONS_RESULTS_URL","ACTIONS_CACHE_URL"]);function Oe(e){return{...Object.fromEntries(Object.entries(process.env).filter(([r])=>!r.startsWith("INPUT_")&&!Ce.has(r))),...e.env,DATABASE_URL:e.directUrl,PYTHONUNBUFFERED:"1"}}function ve(e){let t=[e.directUrl];try{let r=decodeURIComponent(new URL(e.directUrl).password);r&&t.push(r,encodeURIComponent(r))}catch{}for(let[r,n]of Object.entries(e.env))/DATABASE_URL|PASSWORD/.test(r)&&t.push(n);return t}export{Oe as commandEnv,xe as recordKey,Ze as runMigrateStep};
