// This action's own inputs and outputs, read from its action.yml when the doctor runs (in the action's folder on a
// runner, in a clone for the CLI), so inputs added later are known without touching the doctor.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export interface ActionManifest {
  inputs: Set<string>
  outputs: Set<string>
}

export const THIS_ACTION_NAME = /^neon ephemeral branch$/i

let cached: ActionManifest | null | undefined

/** The manifest next to the code that runs (dist/chunks/ or src/doctor/, two folders up), or null if there is none. */
export function thisActionManifest(): ActionManifest | null {
  if (cached !== undefined) return cached
  cached = null
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (let up = 0; up < 4; up++, dir = path.dirname(dir)) {
    const file = path.join(dir, 'action.yml')
    if (!existsSync(file)) continue
    const manifest = readManifest(readFileSync(file, 'utf8'))
    if (manifest) return (cached = manifest)
  }
  return cached
}

/** Inputs and outputs of this action's action.yml text; null for another action's. */
export function readManifest(text: string): ActionManifest | null {
  let doc: { name?: unknown; inputs?: unknown; outputs?: unknown }
  try {
    doc = parse(text) ?? {}
  } catch {
    return null
  }
  if (typeof doc.name !== 'string' || !THIS_ACTION_NAME.test(doc.name.trim())) return null
  const keys = (value: unknown) =>
    new Set(value && typeof value === 'object' ? Object.keys(value).map((key) => key.toLowerCase()) : [])
  return { inputs: keys(doc.inputs), outputs: keys(doc.outputs) }
}
