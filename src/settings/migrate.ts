// migrate, migrate_timeout and migrate_working_directory: the command run once against the new database.

import { existsSync, statSync } from 'node:fs'
import * as path from 'node:path'
import type { InputReader } from './input-reader.js'
import { quote } from './input-reader.js'
import type { MigrateSettings } from './types.js'

/** Linux refuses a single argument longer than 128 KiB (MAX_ARG_STRLEN); the command is one argument of the shell. */
export const MAX_MIGRATE_COMMAND_BYTES = 128 * 1024 - 1

/** undefined when no command is given; every input is checked either way. */
export function parseMigrate(read: InputReader, workspace: string): MigrateSettings | undefined {
  const command = read.get('migrate')
  const timeoutMs = read.duration('migrate_timeout', { allowZero: false, max: 6 * 3_600_000, maxText: '6h' })
  const dir = read.get('migrate_working_directory') || '.'
  const cwd = path.resolve(workspace, dir)
  if (cwd !== workspace && !cwd.startsWith(workspace + path.sep)) {
    read.problem(`Input 'migrate_working_directory' must be a path inside the workspace; got ${quote(dir)}.`)
  } else if (command && !isDirectory(cwd)) {
    // checked now, not when the command starts: by then the branch exists
    read.problem(
      `Input 'migrate_working_directory' must be a directory that exists in the workspace (check out the code ` +
        `before this step); got ${quote(dir)}.`,
    )
  }
  if (command.includes('\0')) {
    read.problem("Input 'migrate' must not contain a NUL character.")
  } else if (Buffer.byteLength(command) > MAX_MIGRATE_COMMAND_BYTES) {
    read.problem(
      `Input 'migrate' must be at most 128 KiB (the operating system's limit for one argument); put a long script ` +
        'in a file and run that instead.',
    )
  }
  return command ? { command, timeoutMs, cwd } : undefined
}

function isDirectory(dir: string): boolean {
  try {
    return existsSync(dir) && statSync(dir).isDirectory()
  } catch {
    return false
  }
}
