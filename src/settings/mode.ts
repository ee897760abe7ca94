// mode: which job the step does.

import type { InputReader } from './input-reader.js'
import { quote } from './input-reader.js'
import { MODES, type Mode } from './types.js'

export function parseMode(read: InputReader): Mode | undefined {
  const value = read.get('mode')
  if ((MODES as readonly string[]).includes(value)) return value as Mode
  read.problem(`Input 'mode' must be one of ${MODES.join(', ')}; got ${quote(value)}.`)
  return undefined
}
