// A small watchdog process between the action and the migration command, so the command never outlives the step.
//
// The action starts it with a pipe as its stdin (the lifeline) and, as fd 3, a copy of the database connection that
// holds the migration lock. The supervisor starts the command in its own process group and stops that group (TERM,
// then KILL after a grace period) when the lifeline closes: the action ended it (timeout, cancel), or the action
// died (SIGKILL, runner crash), which closes the pipe too. Background processes the command left behind are stopped
// the same way when it exits. Only when no process of the group is left does the supervisor exit, and with it the
// last copy of the lock's connection closes: the database releases the lock after the command is gone, never
// while it still runs.
//
// It runs as `node -e <source>`: plain CommonJS with no dependencies, so it needs no file of its own in dist/.

const SOURCE = String.raw`'use strict'
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
`

/** The supervisor's command line: run `shell args...` under it, with `graceMs` between TERM and KILL. */
export function supervisedInvocation(graceMs: number, shell: string, args: string[]): [string, string[]] {
  return [process.execPath, ['-e', SOURCE, '--', String(graceMs), shell, ...args]]
}

/** The supervisor's environment: the command's, with NODE_OPTIONS set aside (it would apply to the supervisor). */
export function supervisorEnv(commandEnv: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_OPTIONS, ...rest } = commandEnv
  return NODE_OPTIONS === undefined ? rest : { ...rest, NEB_COMMAND_NODE_OPTIONS: NODE_OPTIONS }
}
