import{createRequire as __neb_cr}from'node:module';const require=__neb_cr(import.meta.url);
import{a as p}from"./chunk-MI3PHC57.js";import{readFileSync as g}from"node:fs";var _=["disable","allow","prefer","require","verify-ca","verify-full"];function m(r){let t;try{t=new URL(r)}catch{throw new Error("The database URL is not a valid URL")}if(t.protocol!=="postgresql:"&&t.protocol!=="postgres:")throw new Error(`The database URL must start with postgresql://, not ${t.protocol}//`);let e=t.searchParams,n=decodeURIComponent(t.username),a=e.get("sslmode")??"prefer";if(!_.includes(a))throw new Error(`Unsupported sslmode=${a} in the database URL`);let i={host:t.hostname.replace(/^\[(.*)\]$/,"$1"),port:t.port?Number(t.port):5432,user:n,password:decodeURIComponent(t.password),database:decodeURIComponent(t.pathname.slice(1))||n,ssl:h(a,e.get("sslrootcert")),enableChannelBinding:e.get("channel_binding")!=="disable"&&a!=="disable"&&a!=="allow",keepAlive:!0},s=Number(e.get("connect_timeout"));s>0&&(i.connectionTimeoutMillis=s*1e3);let u=e.get("options");return u&&(i.options=u),{config:i,plainFallback:a==="prefer"}}function h(r,t){if(r==="disable"||r==="allow")return!1;if(r==="prefer")return{rejectUnauthorized:!1};let e=t&&t!=="system"?g(t,"utf8"):void 0;return{rejectUnauthorized:!0,...e?{ca:e}:{},...r==="verify-ca"?{checkServerIdentity:()=>{}}:{}}}var l="neon_ephemeral_branch",o=`${l}.migration_runs`,c="7954894172483036530",d="neon-ephemeral-branch migrate: ",f=63,E="55P03",y=class r{constructor(t){this.client=t;t.on("error",e=>{if(!this.closing)for(let n of this.lostHandlers)n(e)})}client;lostHandlers=[];closing=!1;static async connect(t,e){let{config:n,plainFallback:a}=m(t),i={...n,application_name:(d+e).slice(0,f)};try{return await r.open(i)}catch(s){if(a&&/does not support SSL/i.test(String(s)))return r.open({...i,ssl:!1,enableChannelBinding:!1});throw s}}static async open(t){let e=new p.Client(t);e.on("error",()=>{});try{await e.connect(),await e.query("SELECT set_config('statement_timeout', '0', false)"),await e.query("SELECT set_config('idle_session_timeout', '0', false)").catch(()=>{})}catch(n){throw await e.end().catch(()=>{}),n}return new r(e)}socketFd(){let e=this.client.connection?.stream?._handle,n=e?.fd??e?._parent?.fd;return typeof n=="number"&&n>=0?n:void 0}onConnectionLost(t){this.lostHandlers.push(t)}async tryLock(){let{rows:t}=await this.client.query("SELECT pg_try_advisory_lock($1::bigint) AS locked",[c]);return t[0].locked===!0}async waitForLock(t){await this.client.query("SELECT set_config('lock_timeout', $1, false)",[`${Math.max(1,Math.ceil(t))}ms`]);try{return await this.client.query("SELECT pg_advisory_lock($1::bigint)",[c]),!0}catch(e){if(e.code===E)return!1;throw e}finally{await this.client.query("SELECT set_config('lock_timeout', '0', false)")}}async lockHolder(){let{rows:t}=await this.client.query(`SELECT a.application_name
         FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
          AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND l.classid = ($1::bigint >> 32)::oid AND l.objid = ($1::bigint & 4294967295)::oid`,[c]),e=t[0]?.application_name;if(!e?.startsWith(d))return;let n=e.slice(d.length);return Buffer.byteLength(e)<f?n:(await this.client.query(`SELECT ran_by FROM ${o}
        WHERE status = 'running' AND left(ran_by, length($1)) = $1 ORDER BY started_at DESC LIMIT 1`,[n]).catch(()=>({rows:[]}))).rows[0]?.ran_by??`${n}…`}async ensureTable(){let{rows:t}=await this.client.query("SELECT to_regclass($1) IS NOT NULL AS present",[o]);t[0].present||await this.client.query(`
      CREATE SCHEMA IF NOT EXISTS ${l};
      COMMENT ON SCHEMA ${l} IS 'neon-ephemeral-branch GitHub Action: record of migration runs';
      CREATE TABLE IF NOT EXISTS ${o} (
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
      )`)}async read(t){let{rows:e}=await this.client.query(`SELECT * FROM ${o} WHERE key = $1`,[t]),n=e[0];if(n)return{key:n.key,commitSha:n.commit_sha,command:n.command,status:n.status,ranBy:n.ran_by,attempt:n.attempt,exitCode:n.exit_code??void 0,error:n.error??void 0,outputTail:n.output_tail??void 0,startedAt:n.started_at,finishedAt:n.finished_at??void 0}}async markRunning(t){let{rows:e}=await this.client.query(`INSERT INTO ${o} (key, commit_sha, command, status, ran_by, attempt, started_at)
       VALUES ($1, $2, $3, 'running', $4, $5, now())
       ON CONFLICT (key) DO UPDATE SET status = 'running', ran_by = excluded.ran_by, attempt = excluded.attempt,
         exit_code = NULL, error = NULL, output_tail = NULL, started_at = now(), finished_at = NULL
       RETURNING started_at`,[t.key,t.commitSha,t.command,t.ranBy,t.attempt]);return{...t,startedAt:e[0].started_at}}async markFinished(t,e){await this.ensureTable(),await this.client.query(`INSERT INTO ${o} (key, commit_sha, command, status, ran_by, attempt, exit_code, error, output_tail,
                                    started_at, finished_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now())
       ON CONFLICT (key) DO UPDATE SET status = excluded.status, exit_code = excluded.exit_code,
         error = excluded.error, output_tail = excluded.output_tail, finished_at = excluded.finished_at`,[t.key,t.commitSha,t.command,e.status,t.ranBy,t.attempt,e.exitCode??null,e.error??null,e.outputTail??null,t.startedAt])}async close(){this.closing=!0,await this.client.end().catch(()=>{})}};export{l as a,y as b};
