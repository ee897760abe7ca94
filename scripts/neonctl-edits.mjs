// Every edit the build makes to neon's compiled output (node_modules/neon/dist) for the neonctl shipped in
// dist/neonctl/: one table, one row per edit. scripts/build-neonctl.mjs applies them; the build fails when a row no
// longer applies (the text is not found exactly once, a command is missing). Each row's `id` names its check in
// __tests__/neonctl-bundle/checks.ts: the check passes on dist/neonctl, and __tests__/neonctl-bundle/edits.test.ts
// rebuilds neonctl without the row and expects the check to fail. docs/neonctl-upgrade.md says how to move to a new
// neon version with this table.
//
// Kinds:
//   source    - text replacements in one file of neon/dist (`hunks`: [from, to], each `from` found exactly once;
//               `alsoIn`: the same for other files, when one change spans several)
//   commands  - commands/index.js registers every command module; keep only `keep` (module names)
//   externals - packages left out of the bundle (neon reaches them only through import() off our path)
//   version   - neon reads its version from the package.json beside the running file: write one there
//   inject    - scripts/neonctl-additions/<module>.mjs takes the place of the globals it exports, wherever the
//               bundle names them (esbuild's `inject`)

/** @type {import('./neonctl-edits.d.mts').NeonctlEdit[]} */
export const neonctlEdits = [
  {
    id: 'lock-retry-count',
    kind: 'source',
    file: 'api.js',
    hunks: [
      ['const RETRY_COUNT = 5;', 'const RETRY_COUNT = Math.max(1, Number(process.env.NEONCTL_LOCK_RETRY_COUNT) || 5);'],
    ],
    why:
      'neonctl retries HTTP 423 five times, 3 s apart, inside one process: up to 12 s of the deadline, unseen. ' +
      'The action sets NEONCTL_LOCK_RETRY_COUNT=1 and retries 423 itself with backoff and jitter.',
  },
  {
    id: 'lock-retry-delay',
    kind: 'source',
    file: 'api.js',
    hunks: [
      [
        'const RETRY_DELAY = 3e3;',
        'const RETRY_DELAY = process.env.NEONCTL_LOCK_RETRY_DELAY_MS ? Math.max(0, Number(process.env.NEONCTL_LOCK_RETRY_DELAY_MS) || 0) : 3e3;',
      ],
    ],
    why: 'With one attempt neonctl still sleeps 3 s after the 423 before giving up; NEONCTL_LOCK_RETRY_DELAY_MS=0.',
  },
  {
    id: 'retry-after-in-debug-line',
    kind: 'source',
    file: 'api.js',
    hunks: [
      [
        'log.debug("%d %s", response.status, response.statusText);',
        'log.debug("%d %s%s", response.status, response.statusText, response.headers.has("retry-after") ? " retry-after=" + response.headers.get("retry-after") : "");',
      ],
    ],
    why:
      "The action reads each response's status from neonctl's debug trace (DEBUG=1); the line also carries " +
      'Retry-After so a 429 waits as long as Neon asks.',
  },
  {
    id: 'answer-line-names-request',
    kind: 'source',
    file: 'api.js',
    hunks: [
      [
        '\t\treturn response;\n\t} catch (err) {\n\t\tif (timeout.aborted',
        '\t\tlog.debug("answer to %s %s", method.toUpperCase(), url);\n\t\treturn response;\n\t} catch (err) {\n\t\tif (timeout.aborted',
      ],
    ],
    why:
      'The status line (`DEBUG: 404 Not Found`) does not say which request it answers; with requests in flight at ' +
      'once (connection-string-concurrent) the action pairs it by the `DEBUG: answer to GET <url>` line written ' +
      'right after it.',
  },
  {
    id: 'requests-over-node-http',
    kind: 'source',
    file: 'api.js',
    hunks: [
      [
        'import { createClient, createConfig } from "@neon/sdk/raw";\n',
        'import { createClient, createConfig } from "@neon/sdk/raw";\nimport { nodeHttpFetch } from "neon-ephemeral-branch:node-http-fetch";\n',
      ],
      ['\t\tconst response = await fetch(input, {', '\t\tconst response = await nodeHttpFetch(input, {'],
    ],
    why:
      "neon's API requests go through node:http (scripts/neonctl-additions/node-http-fetch.mjs) rather than node's " +
      'fetch, whose WebAssembly HTTP parser V8 recompiles on a background thread after a few answers: neonctl could ' +
      'not end until that compile had, 80 to 200 ms after its last output. With a proxy variable set, fetch and ' +
      "neon's proxy agent carry the request as before.",
  },
  {
    id: 'fetch-classes-from-node-fetch',
    kind: 'inject',
    module: 'fetch-classes',
    why:
      'neon names Headers, Request, Response and FormData; node makes them global by loading its bundled undici ' +
      "(its fetch, HTTP/1 and HTTP/2 clients): 30 to 45 ms of neonctl's thread before the first request of every " +
      "run. node-fetch's classes (scripts/neonctl-additions/fetch-classes.mjs) take their place in the bundle, for " +
      "12 to 15 ms; requests still go through node:http (requests-over-node-http), and node's fetch, where it " +
      'still serves (a proxy, a redirect), is handed plain values.',
  },
  {
    id: 'proxy-agent-on-demand',
    kind: 'source',
    file: 'api.js',
    hunks: [
      ['import { EnvHttpProxyAgent, setGlobalDispatcher } from "undici";\n', ''],
      ['if ([\n\t"HTTP_PROXY",', 'const proxyAgentInstalled = [\n\t"HTTP_PROXY",'],
      [
        '].some((name) => process.env[name])) setGlobalDispatcher(new EnvHttpProxyAgent());',
        '].some((name) => process.env[name]) ? import("undici").then(({ default: undici }) => undici.setGlobalDispatcher(new undici.EnvHttpProxyAgent())) : undefined;',
      ],
      ['\ttry {\n\t\tconst response = await ', '\ttry {\n\t\tawait proxyAgentInstalled;\n\t\tconst response = await '],
    ],
    why:
      'The npm undici (0.53 MB) is only used when a proxy variable is set: load it only then, and let every request ' +
      "wait for its agent. It is CommonJS, so its exports are the namespace's `default`. Not a top-level await: " +
      "the build runs neon's main chunk as a script (see build-neonctl.mjs), where there is none.",
  },
  {
    id: 'yaml-on-demand',
    kind: 'source',
    file: 'writer.js',
    hunks: [
      ['import YAML from "yaml";\n', ''],
      [
        'const writeYaml = (chunks) => {',
        'let YAML;\nconst __nebLoadYaml = async () => {\n\tYAML ??= (await import("yaml")).default;\n};\nconst writeYaml = (chunks) => {',
      ],
      ['export { writer };', 'export { __nebLoadYaml, writer };'],
    ],
    alsoIn: [
      {
        file: 'index.js',
        hunks: [
          [
            'import { showHelp } from "./help.js";\n',
            'import { showHelp } from "./help.js";\nimport { __nebLoadYaml } from "./writer.js";\n',
          ],
          [
            '}).middleware(ensureAuth)',
            '}).middleware(async (args) => {\n\tif (args.output === "yaml") await __nebLoadYaml();\n}).middleware(ensureAuth)',
          ],
        ],
      },
      {
        file: 'commands/api.js',
        hunks: [
          ['import YAML from "yaml";\n', ''],
          [
            'out.write(YAML.stringify(response.data));',
            'out.write((await import("yaml")).default.stringify(response.data));',
          ],
        ],
      },
    ],
    why:
      'yaml (0.11 MB, a quarter of what neonctl loads at start) serves only `--output yaml`, which the action never ' +
      'asks for: it loads once the arguments say yaml, before any command writes.',
  },
  {
    id: 'agent-hint-on-failure',
    kind: 'source',
    file: 'index.js',
    hunks: [
      ['import { rewriteUnknownAgentArg } from "./init/plan.js";\n', ''],
      [
        'const rewritten = rewriteUnknownAgentArg({',
        'const rewritten = (await import("./init/plan.js")).rewriteUnknownAgentArg({',
      ],
    ],
    why:
      "The `--agent` error hint pulls in add-mcp's agent tables (0.13 MB, with yaml, toml and prompts) at every " +
      'start; it is only consulted when a command fails, so load it then.',
  },
  {
    id: 'print-resolved-branch',
    kind: 'source',
    file: 'utils/enrichers.js',
    hunks: [
      [
        '\treturn branchData.id;\n};',
        '\tif (process.env.NEONCTL_PRINT_RESOLVED_BRANCH) process.stderr.write("DEBUG: resolved branch " + JSON.stringify(branchData) + "\\n");\n\treturn branchData.id;\n};',
      ],
    ],
    why:
      'With NEONCTL_PRINT_RESOLVED_BRANCH set, the branch a name resolves to (metadata, no secrets) goes to stderr, ' +
      'so `connection-string <name>` yields branch and connection in one process.',
  },
  {
    id: 'connection-string-concurrent',
    kind: 'source',
    file: 'commands/connection_string.js',
    hunks: [
      [
        '\tconst { data: { endpoints } } = await props.apiClient.listProjectBranchEndpoints(projectId, branchId);',
        [
          '\tconst __nebSettle = (promise) => promise.then((value) => ({ value }), (error) => ({ error }));',
          '\tconst __nebTake = (settled) => { if ("error" in settled) throw settled.error; return settled.value; };',
          '\tconst __nebById = process.env.NEONCTL_PRINT_RESOLVED_BRANCH && branchId === props.branch ? __nebSettle(props.apiClient.getProjectBranch(projectId, branchId)) : undefined;',
          '\tconst __nebEndpoints = __nebSettle(props.apiClient.listProjectBranchEndpoints(projectId, branchId));',
          '\tconst __nebDatabases = __nebSettle(props.apiClient.listProjectBranchDatabases(projectId, branchId));',
          '\tconst __nebPassword = props.roleName ? __nebSettle(props.apiClient.getProjectBranchRolePassword(projectId, branchId, props.roleName)) : undefined;',
          '\tconst __nebPooled = process.env.NEONCTL_FETCH_POOLED_URI && props.roleName && props.databaseName ? __nebSettle(props.apiClient.request({ path: `/projects/${encodeURIComponent(projectId)}/connection_uri`, method: "GET", query: { branch_id: branchId, database_name: props.databaseName, role_name: props.roleName, pooled: "true" } })) : undefined;',
          '\tif (__nebById) process.stderr.write("DEBUG: resolved branch " + JSON.stringify(__nebTake(await __nebById).data.branch) + "\\n");',
          '\tconst { data: { endpoints } } = __nebTake(await __nebEndpoints);',
        ].join('\n'),
      ],
      [
        '\tconst { data: { databases: branchDatabases } } = await props.apiClient.listProjectBranchDatabases(projectId, branchId);',
        '\tconst { data: { databases: branchDatabases } } = __nebTake(await __nebDatabases);',
      ],
      [
        '\tconst { data: { password } } = await props.apiClient.getProjectBranchRolePassword(props.projectId, endpoint.branch_id, role);',
        '\tconst { data: { password } } = __nebPassword && endpoint.branch_id === branchId ? __nebTake(await __nebPassword) : await props.apiClient.getProjectBranchRolePassword(props.projectId, endpoint.branch_id, role);',
      ],
      [
        '\t\tdatabase,\n\t\toptions: connectionString.searchParams.toString()\n\t}, { fields: [',
        [
          '\t\tdatabase,',
          '\t\toptions: connectionString.searchParams.toString(),',
          '\t\tendpoint_id: endpoint.id,',
          '\t\tendpoint_state: endpoint.current_state,',
          '\t\tendpoint_pending_state: endpoint.pending_state,',
          '\t\tpooler_host: await (async () => { const answer = __nebPooled && await __nebPooled; try { if (answer && "value" in answer) return new URL(answer.value.data.uri).host || undefined; } catch {} return endpoint.host.includes(endpoint.id) ? endpoint.host.replace(endpoint.id, `${endpoint.id}-pooler`) : undefined; })()',
          '\t}, { fields: [',
        ].join('\n'),
      ],
    ],
    why:
      "connection-string asks for the branch's endpoints, databases and role password one after the other: three " +
      'round trips where one does. They now go out at once and are read in the original order, so the error ' +
      'reported is the one the original would have reported. --extended also prints the endpoint (id, state and pending state: ' +
      'the action skips its readiness wait for an active compute) and the pooled host: derived from the endpoint id as ' +
      '--pooled does, or, with NEONCTL_FETCH_POOLED_URI set (a Neon-compatible API whose hosts do not name the ' +
      'endpoint), from GET connection_uri?pooled=true sent alongside the others. Given a branch id (no listing to ' +
      'resolve a name) and NEONCTL_PRINT_RESOLVED_BRANCH, the branch itself is asked for alongside too, and printed ' +
      'as print-resolved-branch prints a resolved name: connect by id is one round trip.',
  },
  {
    id: 'create-reuses-existing',
    kind: 'source',
    file: 'commands/branches.js',
    hunks: [
      [
        'const create = async (props) => {\n\tconst branches = await props.apiClient.listProjectBranches({ projectId: props.projectId }).then(({ data }) => data.branches);',
        [
          'const __nebSettle = (promise) => promise.then((value) => ({ value }), (error) => ({ error }));',
          'const __nebWriteExisting = async (props, branch, annotation) => {',
          '\tconst role = process.env.NEONCTL_CONNECT_ROLE;',
          '\tconst database = process.env.NEONCTL_CONNECT_DATABASE;',
          '\tconst uri = (pooled) => role && database ? __nebSettle(props.apiClient.request({ path: `/projects/${encodeURIComponent(props.projectId)}/connection_uri`, method: "GET", query: { branch_id: branch.id, database_name: database, role_name: role, pooled: String(pooled) } })) : undefined;',
          '\tconst [endpoints, direct, pooled] = await Promise.all([__nebSettle(props.apiClient.listProjectBranchEndpoints(props.projectId, branch.id)), uri(false), uri(true)]);',
          '\tconst parsed = (answer) => { try { return answer && "value" in answer ? new URL(answer.value.data.uri) : undefined; } catch { return undefined; } };',
          '\tconst directUri = parsed(direct);',
          '\tconst pooledUri = parsed(pooled);',
          '\twriter(props).end({',
          '\t\tbranch,',
          '\t\texisting: true,',
          '\t\t...annotation ? { annotation } : {},',
          '\t\tendpoints: "value" in endpoints ? endpoints.value.data.endpoints ?? [] : [],',
          '\t\tconnection_uris: directUri ? [{ connection_uri: directUri.toString(), connection_parameters: { database, role, password: decodeURIComponent(directUri.password), host: directUri.host, ...pooledUri ? { pooler_host: pooledUri.host } : {} } }] : []',
          '\t}, { fields: ["branch"] });',
          '};',
          'const __nebFindExisting = (props, listed) => process.env.NEONCTL_CREATE_REUSES_EXISTING && props.name && "value" in listed ? listed.value.branches.find((b) => b.name === props.name) : undefined;',
          'const create = async (props) => {',
          '\tconst __nebListing = __nebSettle(props.apiClient.listProjectBranches({ projectId: props.projectId }).then(({ data }) => data));',
          '\t// With no parent named, the POST needs nothing from the listing (Neon branches from the default branch).',
          '\tconst __nebAlongside = Boolean(process.env.NEONCTL_CREATE_POSTS_WITH_LISTING && props.name && !props.parent);',
          '\tlet branches = [];',
          '\tif (!__nebAlongside) {',
          '\t\tconst listed = await __nebListing;',
          '\t\tif ("error" in listed) throw listed.error;',
          '\t\tbranches = listed.value.branches;',
          '\t\tconst existing = __nebFindExisting(props, listed);',
          '\t\tif (existing) return __nebWriteExisting(props, existing, listed.value.annotations?.[existing.id]?.value);',
          '\t}',
        ].join('\n'),
      ],
      [
        '\t\tif (!props.parent) {\n\t\t\tconst branch = branches.find((b) => b.default);',
        '\t\tif (!props.parent) {\n\t\t\tif (__nebAlongside) return {};\n\t\t\tconst branch = branches.find((b) => b.default);',
      ],
      [
        '\tconst { data } = await retryOnLock(() => props.apiClient.createProjectBranch(props.projectId, {',
        '\tconst __nebPosted = __nebSettle(retryOnLock(() => props.apiClient.createProjectBranch(props.projectId, {',
      ],
      [
        '\t}));\n\tif (branches.find((b) => b.id === data.branch.parent_id)?.protected)',
        [
          '\t})));',
          '\tconst __nebOutcome = await __nebPosted;',
          '\tif (__nebAlongside) {',
          '\t\tconst listed = await __nebListing;',
          '\t\tif ("value" in listed) branches = listed.value.branches;',
          '\t\t// A POST Neon refused (409: the name exists; 423, 429: not now) created nothing: the listed branch is the one.',
          '\t\t// Any other failure (5xx, the network) may have created it: that error goes back, as without the listing.',
          '\t\tconst status = "error" in __nebOutcome ? __nebOutcome.error?.status : void 0;',
          '\t\tconst existing = status >= 400 && status < 500 ? __nebFindExisting(props, listed) : void 0;',
          '\t\tif (existing) return __nebWriteExisting(props, existing, listed.value.annotations?.[existing.id]?.value);',
          '\t}',
          '\tif ("error" in __nebOutcome) throw __nebOutcome.error;',
          '\tconst { data } = __nebOutcome.value;',
          '\tif (branches.find((b) => b.id === data.branch.parent_id)?.protected)',
        ].join('\n'),
      ],
    ],
    why:
      "`branches create` lists the project's branches before its POST (to find the parent). With " +
      'NEONCTL_CREATE_REUSES_EXISTING set, a branch of that name in that list is answered instead of POSTing for a ' +
      '409: the branch (marked `existing`, with its annotation), its endpoints, and connection_uris for ' +
      'NEONCTL_CONNECT_ROLE and NEONCTL_CONNECT_DATABASE from GET connection_uri (direct and pooled), all three at ' +
      'once. A job reusing the branch then needs one neonctl process and two round trips, as a create does. A ' +
      'request of these that fails only leaves its part out (the action then asks the long way). With ' +
      'NEONCTL_CREATE_POSTS_WITH_LISTING also set and no parent named, the POST (without parent_id: Neon then ' +
      "branches from the default branch) goes out alongside the listing, so a new branch's compute starts one round " +
      'trip sooner; when Neon refuses that POST with a 4xx (409 for the name) and the listing has the name, the ' +
      'listed branch is answered as above. A 5xx or network failure of the POST is reported as it is without the ' +
      'listing: it may have created the branch.',
  },
  {
    id: 'commands',
    kind: 'commands',
    file: 'commands/index.js',
    // `auth` holds the API-key middleware; `branches` brings every branch subcommand (create with its hidden
    // --annotation, list, get, delete, set-expiration, reset, schema-diff, ...)
    keep: ['auth', 'api', 'branches', 'connection_string'],
    why:
      'neonctl registers ~40 command modules, all loaded at start; keeping the ones the action runs makes the ' +
      'bundle 40% smaller and its start ~40% cheaper in CPU.',
  },
  {
    id: 'externals',
    kind: 'externals',
    packages: ['node-fetch', 'web-streams-polyfill'],
    why:
      'Only Segment analytics uses node-fetch 2 (0.31 MB), through import(); the action passes --no-analytics. ' +
      "fetch-blob (under node-fetch 3's classes) requires web-streams-polyfill only where node has no " +
      'ReadableStream (before 16.5). ' +
      '(@vercel/nft, esbuild and the OS keyring, listed here before, are only reached from commands the ' +
      '`commands` row drops: leaving them out changed no byte of the output.)',
  },
  {
    id: 'version-file',
    kind: 'version',
    why: 'neonctl reads its version (--version, the User-Agent) from the package.json beside the running file.',
  },
]

/** The rows of one kind, minus those named in `without` (how the edits test builds a bundle lacking one). */
export function editsOf(kind, without = []) {
  return neonctlEdits.filter((edit) => edit.kind === kind && !without.includes(edit.id))
}
