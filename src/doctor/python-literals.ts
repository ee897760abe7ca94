// Module-level assignments of a Python file whose value is a literal, read as Python reads them: `name = "a"`,
// `name: str = 'a' "b"` (adjacent strings concatenate), `name = ("a")`, `name = ("a", "b")` or a list, `name = None`,
// over several lines inside brackets or after a backslash. Strings inside other strings (docstrings) and indented
// code (functions, classes) are not assignments of the module. The last assignment of a name wins.

export interface PythonString {
  value: string
  line: number
}

export type PythonLiteral =
  | { kind: 'none' }
  | { kind: 'string'; value: string; line: number }
  | { kind: 'sequence'; items: PythonString[] }
  /** Anything else (a call, a name, arithmetic): Python computes it, the doctor does not. */
  | { kind: 'other' }

export interface Assignment {
  name: string
  line: number
  value: PythonLiteral
}

interface Token {
  kind: 'string' | 'name' | 'op' | 'newline' | 'other'
  text: string
  value?: string
  line: number
  column: number
}

/** The module-level assignments of a file, by name (the last one of each name). */
export function moduleAssignments(source: string): Map<string, Assignment> {
  const result = new Map<string, Assignment>()
  for (const statement of statements(tokenize(source))) {
    const assignment = readAssignment(statement)
    if (assignment) result.set(assignment.name, assignment)
  }
  return result
}

function readAssignment(tokens: Token[]): Assignment | undefined {
  const [first] = tokens
  if (!first || first.kind !== 'name' || first.column !== 0) return undefined
  // `name = value` or `name: annotation = value`; the `=` at bracket depth 0.
  let depth = 0
  let equals = -1
  for (let i = 1; i < tokens.length; i++) {
    const text = tokens[i].text
    if ('([{'.includes(text)) depth++
    else if (')]}'.includes(text)) depth--
    else if (depth === 0 && text === '=') {
      equals = i
      break
    }
  }
  if (equals < 0 || (equals !== 1 && tokens[1].text !== ':')) return undefined
  const rest = tokens.slice(equals + 1)
  if (rest.some((token) => token.text === '=')) return undefined // a = b = c, or a keyword argument
  return { name: first.text, line: first.line, value: readLiteral(rest) }
}

function readLiteral(tokens: Token[]): PythonLiteral {
  if (tokens.length === 1 && tokens[0].kind === 'name' && tokens[0].text === 'None') return { kind: 'none' }
  // Unwrap ( ... ) around the whole value, and read a tuple or list of strings.
  const open = tokens[0]?.text
  const close = tokens[tokens.length - 1]?.text
  if ((open === '(' && close === ')') || (open === '[' && close === ']')) {
    const inner = tokens.slice(1, -1)
    if (inner.length === 0) return { kind: 'sequence', items: [] }
    const parts = split(inner)
    if (open === '(' && parts.length === 1 && inner[inner.length - 1].text !== ',') return readLiteral(inner)
    const items: PythonString[] = []
    for (const part of parts) {
      const value = strings(part)
      if (!value) return { kind: 'other' }
      items.push(value)
    }
    return { kind: 'sequence', items }
  }
  const value = strings(tokens)
  return value ? { kind: 'string', ...value } : { kind: 'other' }
}

/** Adjacent string literals, concatenated, with the line of the first. */
function strings(tokens: Token[]): PythonString | undefined {
  if (tokens.length === 0 || tokens.some((token) => token.kind !== 'string')) return undefined
  return { value: tokens.map((token) => token.value).join(''), line: tokens[0].line }
}

/** Splits at commas of depth 0; a trailing comma leaves no empty part. */
function split(tokens: Token[]): Token[][] {
  const parts: Token[][] = [[]]
  let depth = 0
  for (const token of tokens) {
    if ('([{'.includes(token.text)) depth++
    if (')]}'.includes(token.text)) depth--
    if (depth === 0 && token.text === ',') parts.push([])
    else parts[parts.length - 1].push(token)
  }
  return parts.filter((part) => part.length > 0)
}

/** Logical lines: tokens up to a newline outside brackets (comments and backslash continuations dropped). */
function statements(tokens: Token[]): Token[][] {
  const result: Token[][] = []
  let current: Token[] = []
  for (const token of tokens) {
    if (token.kind === 'newline') {
      if (current.length > 0) result.push(current)
      current = []
    } else current.push(token)
  }
  if (current.length > 0) result.push(current)
  return result
}

const STRING_START = /^([rRuUbBfF]{0,2})('''|"""|'|")/

function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  let line = 1
  let lineStart = 0
  let depth = 0
  let i = 0
  const push = (kind: Token['kind'], text: string, start: number, value?: string, startLine = line) =>
    tokens.push({ kind, text, value, line: startLine, column: start - lineStart })
  while (i < source.length) {
    const char = source[i]
    if (char === '\n') {
      if (depth === 0) push('newline', '\n', i)
      line++
      i++
      lineStart = i
      continue
    }
    if (char === '\\' && source[i + 1] === '\n') {
      i += 2
      line++
      lineStart = i
      continue
    }
    if (char === '\\' && source[i + 1] === '\r' && source[i + 2] === '\n') {
      i += 3
      line++
      lineStart = i
      continue
    }
    if (char === ' ' || char === '\t' || char === '\r' || char === '\f') {
      i++
      continue
    }
    if (char === '#') {
      while (i < source.length && source[i] !== '\n') i++
      continue
    }
    const string = STRING_START.exec(source.slice(i, i + 5))
    if (string && (string[1] === '' || /^[A-Za-z]+$/.test(string[1]))) {
      const start = i
      const startLine = line
      const quote = string[2]
      const raw = /r/i.test(string[1])
      i += string[0].length
      let value = ''
      while (i < source.length && !source.startsWith(quote, i)) {
        if (source[i] === '\n') {
          if (quote.length === 1) break // an unterminated string: stop at the line's end
          line++
          lineStart = i + 1
        }
        if (source[i] === '\\' && !raw && i + 1 < source.length) {
          value += unescape(source[i + 1])
          if (source[i + 1] === '\n') {
            line++
            lineStart = i + 2
          }
          i += 2
          continue
        }
        value += source[i]
        i++
      }
      i += quote.length
      push('string', source.slice(start, i), start, value, startLine)
      continue
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i, i + 200))
    if (word) {
      push('name', word[0], i)
      i += word[0].length
      continue
    }
    if ('([{'.includes(char)) depth++
    if (')]}'.includes(char) && depth > 0) depth--
    const operator = /^(==|!=|<=|>=|->|:=|\*\*|\/\/)/.exec(source.slice(i, i + 2))?.[0] ?? char
    push('([{)]},:='.includes(char) && operator.length === 1 ? 'op' : 'other', operator, i)
    i += operator.length
  }
  return tokens
}

function unescape(char: string): string {
  switch (char) {
    case 'n':
      return '\n'
    case 't':
      return '\t'
    case '\n':
      return ''
    default:
      return char
  }
}
