// Just enough shell reading for the rules: logical lines of a `run:` block, background commands, writes to
// GITHUB_OUTPUT / GITHUB_ENV. Heuristic by design: it reads what people write in workflows, not all of bash.
import type { SourceLine } from './source-text.js'

/** A command line after joining backslash continuations; `starts` maps offsets in `text` back to file lines. */
export interface LogicalLine extends SourceLine {
  starts: Array<{ offset: number; line: number }>
}

/** The file line of a position in a logical line. */
export function lineAt(logical: LogicalLine, offset: number): number {
  let line = logical.line
  for (const start of logical.starts) if (start.offset <= offset) line = start.line
  return line
}

/**
 * Joins backslash continuations (`line` is the first one's, `starts` keeps the others), drops comment lines and
 * inline comments, and skips heredoc bodies (their text is data, not commands).
 */
export function logicalLines(lines: SourceLine[]): LogicalLine[] {
  const result: LogicalLine[] = []
  let pending: LogicalLine | undefined
  let heredocEnd: string | undefined
  for (const { text, line } of lines) {
    if (heredocEnd !== undefined) {
      if (text.trim() === heredocEnd) heredocEnd = undefined
      continue
    }
    const code = stripComment(text)
    const joined: LogicalLine = pending
      ? {
          text: `${pending.text} ${code.trim()}`,
          line: pending.line,
          starts: [...pending.starts, { offset: pending.text.length + 1, line }],
        }
      : { text: code, line, starts: [{ offset: 0, line }] }
    if (/\\\s*$/.test(joined.text)) {
      pending = { ...joined, text: joined.text.replace(/\\\s*$/, '') }
      continue
    }
    pending = undefined
    if (joined.text.trim()) result.push(joined)
    const unquoted = joined.text.replace(/(?<!<<-?\s*)("[^"]*"|'[^']*')/g, '""')
    heredocEnd = /(?<!<)<<-?(?!<)\s*['"]?([A-Za-z_][A-Za-z0-9_]*)['"]?/.exec(unquoted)?.[1]
  }
  if (pending?.text.trim()) result.push(pending)
  return result
}

function stripComment(text: string): string {
  if (/^\s*#/.test(text)) return ''
  // A `#` starts a comment only at the start of a word, and not inside quotes.
  let quote: string | undefined
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quote) {
      if (char === quote) quote = undefined
    } else if (char === '"' || char === "'") {
      quote = char
    } else if (char === '#' && /\s/.test(text[i - 1] ?? ' ')) {
      return text.slice(0, i)
    }
  }
  return text
}

/** A lone `&` (not `&&`, `2>&1`, `&>`, `|&`) ends a command that runs in the background. */
const BACKGROUND_OPERATOR = /(?<![&>|<])&(?![&>])/g

export interface Command {
  text: string
  /** Where the command starts in the line. */
  offset: number
}

/** Commands of a logical line that run in the background: followed by a lone `&`, or started with nohup. */
export function backgroundCommands(line: string): Command[] {
  const commands: Command[] = []
  let start = 0
  for (const operator of line.matchAll(BACKGROUND_OPERATOR)) {
    commands.push({ text: line.slice(start, operator.index), offset: start })
    start = (operator.index ?? 0) + 1
  }
  const last = line.slice(start)
  if (/(^|[\s;(|&])nohup\s/.test(last)) commands.push({ text: last, offset: start })
  return commands.filter((command) => command.text.trim())
}

/** A Python interpreter (`python`, `python3.12`, `/usr/bin/python3`) or a script run directly (`./worker.py`). */
const PYTHON = /(?<=^|[\s;(|&])(?:\S*\/)?python[0-9.]*(?=\s|$)/g
const PYTHON_SCRIPT = /(?<=^|[\s;(|&])\.{0,2}\/[\w./-]+\.py(?=\s|$)|(?<=^|[\s;(|&])[\w.-]+\.py(?=\s|$)/g

/** Words after which the next word is the command that runs: `nohup python`, `uv run python`, `timeout 60 python`. */
const LAUNCHERS = new Set(['nohup', 'exec', 'sudo', 'env', 'time', 'timeout', 'setsid', 'run', 'xvfb-run', 'coverage'])

/** Whether the word at `offset` is in command position (the program a command runs, not an argument of another). */
function inCommandPosition(command: string, offset: number): boolean {
  const before = command.slice(0, offset).trimEnd()
  if (before === '' || /(&&|\|\||[;|(&])$/.test(before)) return true
  const words = before.split(/\s+/)
  const last = words[words.length - 1]
  if (/^[A-Za-z_]\w*=\S*$/.test(last)) return inCommandPosition(command, before.length - last.length) // VAR=1 python
  if (/^\d+[smhd]?$/.test(last) && words[words.length - 2] === 'timeout') return true
  return LAUNCHERS.has(last) || /^-/.test(last) // `sudo -E python`, `env -u X python`
}

/**
 * Programs that are Python without saying `python`: a project runner starting a command in the project's Python
 * environment (`uv run`, `poetry run`...), or a Python server or worker's console script.
 */
const CONSOLE_SCRIPT =
  /(?<=^|[\s;(|&])(?:(?:uv|poetry|pipenv|pdm|hatch|rye)\s+run|uvicorn|gunicorn|celery|hypercorn|daphne|dramatiq|waitress-serve|huey_consumer|flask\s+(?:--?[\w-]+(?:[= ]\S+)?\s+)*run|fastapi\s+(?:run|dev)|streamlit\s+run|rq\s+worker)(?=\s|$)/g

interface PythonStart {
  offset: number
  /** `python` itself (which takes -u); false for a script or a console script. */
  interpreter: boolean
  /** The word that starts it, for messages (python3, ./worker.py, uvicorn, uv run). */
  program: string
}

function pythonStart(command: string): PythonStart | undefined {
  for (const [pattern, interpreter] of [
    [PYTHON, true],
    [PYTHON_SCRIPT, false],
    [CONSOLE_SCRIPT, false],
  ] as const) {
    for (const match of command.matchAll(pattern)) {
      const offset = match.index ?? 0
      if (!inCommandPosition(command, offset)) continue
      let program = match[0].replace(/\s+/g, ' ')
      // `uv run uvicorn`: the launcher and what it starts
      if (/ run$/.test(program) && !/^(flask|streamlit)/.test(program))
        program += ` ${/^\s*(\S+)/.exec(command.slice(offset + match[0].length))?.[1] ?? ''}`.trimEnd()
      return { offset, interpreter, program }
    }
  }
  return undefined
}

/** Where a command starts a Python process (python, python3.12, uv run python, ./worker.py, uvicorn); -1 if it does not. */
export function pythonOffset(command: string): number {
  return pythonStart(command)?.offset ?? -1
}

/** The Python program a command starts, as written (python3, ./worker.py, uvicorn, uv run), if it starts one. */
export function pythonProgram(command: string): { program: string; interpreter: boolean } | undefined {
  const start = pythonStart(command)
  return start && { program: start.program, interpreter: start.interpreter }
}

/** `-u` among the interpreter's own options (`python -u`, `python3 -Bu`), or PYTHONUNBUFFERED set inline. */
export function runsUnbuffered(command: string): boolean {
  if (/\bPYTHONUNBUFFERED=(?!0\b)\S/.test(command)) return true
  const start = pythonStart(command)
  if (!start?.interpreter) return false
  const options = command.slice(start.offset).trim().split(/\s+/).slice(1)
  for (const option of options) {
    if (!/^-[A-Za-z]+$/.test(option)) return false
    if (option.includes('u')) return true
    if (/[mcWX]$/.test(option)) return false // the next word is the option's argument, then the program's own
  }
  return false
}

/** Where a line sends `name=value` pairs: `echo "name=value" >> $GITHUB_OUTPUT`, or `| tee -a` (or GITHUB_ENV). */
export function writesTo(
  line: string,
  file: 'GITHUB_OUTPUT' | 'GITHUB_ENV',
): { name: string; value: string } | undefined {
  const target = new RegExp(`(>>|\\|\\s*tee\\s+(-a\\s+|--append\\s+)?)\\s*["']?\\$\\{?${file}\\}?["']?`)
  const at = line.search(target)
  if (at < 0) return undefined
  const written = line
    .slice(0, at)
    .replace(/^.*?\b(echo|printf)\s+(-[a-z]+\s+)*/, '')
    .trim()
    .replace(/^["']|["']$/g, '')
  const pair = /^([A-Za-z_][A-Za-z0-9_-]*)(=|<<)(.*)$/.exec(written)
  return pair ? { name: pair[1], value: pair[3] } : undefined
}

export interface EnvWrite {
  name: string
  value: string
  line: number
}

/**
 * Variables a run block sets for later steps: `echo "NAME=value" >> $GITHUB_ENV`, and the echo lines of a grouped
 * `{ echo ...; echo ...; } >> "$GITHUB_ENV"`.
 */
export function envWrites(run: SourceLine[]): EnvWrite[] {
  const lines = logicalLines(run)
  const grouped = lines.some((line) => /^\s*\}\s*>>\s*["']?\$\{?GITHUB_ENV/.test(line.text))
  const writes: EnvWrite[] = []
  for (const { text, line } of lines) {
    const single = writesTo(text, 'GITHUB_ENV')
    const echoed = grouped ? /^\s*(?:echo|printf)\s+(?:-\w+\s+)*["']?([A-Za-z_]\w*)=(.*?)["']?\s*$/.exec(text) : null
    if (single) writes.push({ ...single, line })
    else if (echoed) writes.push({ name: echoed[1], value: echoed[2], line })
  }
  return writes
}
