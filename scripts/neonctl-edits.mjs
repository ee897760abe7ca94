// Every edit the build makes to neon's compiled output (node_modules/neon/dist) for the neonctl shipped in
// dist/neonctl/: one table, one row per edit. scripts/build-neonctl.mjs applies them; the build fails when a row no
// longer applies (the text is not found exactly once, a command is missing). Each row's `id` names its check in
// __tests__/neonctl-bundle/checks.ts: the check passes on dist/neonctl, and __tests__/neonctl-bundle/edits.test.ts
// rebuilds neonctl without the row and expects the check to fail. docs/neonctl-upgrade.md says how to move to a new
// neon version with this table.
//
// Kinds:
//   source    - text replacements in one file of neon/dist (`hunks`: [from, to], each `from` found exactly once)
//   commands  - commands/index.js registers every command module; keep only `keep` (module names)
//   externals - packages left out of the bundle (neon reaches them only through import() off our path)
//   version   - neon reads its version from the package.json beside the running file: write one there

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
    id: 'proxy-agent-on-demand',
    kind: 'source',
    file: 'api.js',
    hunks: [
      ['import { EnvHttpProxyAgent, setGlobalDispatcher } from "undici";\n', ''],
      [
        '].some((name) => process.env[name])) setGlobalDispatcher(new EnvHttpProxyAgent());',
        '].some((name) => process.env[name])) { const { EnvHttpProxyAgent, setGlobalDispatcher } = (await import("undici")).default; setGlobalDispatcher(new EnvHttpProxyAgent()); }',
      ],
    ],
    why:
      'The npm undici (0.53 MB) is only used when a proxy variable is set: load it only then. It is CommonJS, so ' +
      "its exports are the namespace's `default`.",
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
    packages: ['node-fetch'],
    why:
      'Only Segment analytics uses node-fetch (0.31 MB), through import(); the action passes --no-analytics. ' +
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
