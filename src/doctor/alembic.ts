// Alembic revision files: found through alembic.ini's (or pyproject.toml's [tool.alembic]) script_location /
// version_locations, or by the usual folder layouts, and read for `revision`, `down_revision` and `branch_labels` (with their line numbers).
import path from 'node:path'
import type { WorkspaceFiles } from './workspace-files.js'

export interface Revision {
  /** Path relative to the workspace. */
  file: string
  id: string
  line: number
  /** Each with the line it is written on (a tuple may span lines). */
  downRevisions: Array<{ id: string; line: number }>
  hasBranchLabels: boolean
}

export interface VersionsFolder {
  /** Path relative to the workspace. */
  folder: string
  revisions: Revision[]
  /** Python files Alembic will load as revisions but that declare none (paths relative to the workspace). */
  strays: string[]
}

export function readAlembicFolders(files: WorkspaceFiles): VersionsFolder[] {
  return versionFolders(files).map((folder) => {
    const revisions: Revision[] = []
    const strays: string[] = []
    // Alembic loads every .py file except __init__* and editor lock files (.#*).
    for (const name of files.list(folder).filter((file) => file.endsWith('.py') && !/^(__init__|\.#)/.test(file))) {
      const file = path.posix.join(folder, name)
      const revision = readRevision(files, file)
      if (revision) revisions.push(revision)
      else if (!/^[a-f0-9]+\.py$/.test(name)) strays.push(file) // a hex name is a pre-0.2 revision id
    }
    return { folder, revisions, strays }
  })
}

function versionFolders(files: WorkspaceFiles): string[] {
  const folders = new Set<string>()
  for (const ini of files.find((file) => path.posix.basename(file) === 'alembic.ini')) {
    for (const folder of foldersFromConfig(ini, readIniSection(files.read(ini), 'alembic'))) folders.add(folder)
  }
  for (const pyproject of files.find((file) => path.posix.basename(file) === 'pyproject.toml')) {
    for (const folder of foldersFromConfig(pyproject, readIniSection(files.read(pyproject), 'tool.alembic'))) {
      folders.add(folder)
    }
  }
  for (const file of files.find((candidate) => /(^|\/)(alembic|migrations)\/versions\/[^/]+\.py$/.test(candidate))) {
    const folder = path.posix.dirname(file)
    const isAlembic = folder.endsWith('alembic/versions') || files.exists(path.posix.join(folder, '..', 'env.py'))
    if (isAlembic) folders.add(folder)
  }
  return [...folders].filter((folder) => files.exists(folder)).sort()
}

function foldersFromConfig(config: string, settings: Map<string, string>): string[] {
  const here = path.posix.dirname(config)
  const expand = (value: string) => {
    const location = value
      .replace(/%\(here\)s/g, '.')
      .replace(/^([\w.]+):/, (_, pkg: string) => pkg.replace(/\./g, '/') + '/')
    return path.posix.normalize(path.posix.join(here, location)).replace(/\/$/, '')
  }
  const versionLocations = settings.get('version_locations')
  if (versionLocations)
    return versionLocations
      .split(/[\s,;[\]]+/)
      .filter(Boolean)
      .map(expand)
  const scriptLocation = settings.get('script_location')
  return scriptLocation ? [path.posix.join(expand(scriptLocation), 'versions')] : []
}

/** The settings of one `[section]` of an ini file, or of a TOML table (quotes around values dropped). */
function readIniSection(text: string, section: string): Map<string, string> {
  const settings = new Map<string, string>()
  let inSection = false
  for (const line of text.split(/\r?\n/)) {
    const header = /^\s*\[([^\]]+)\]/.exec(line)
    if (header) inSection = header[1].trim() === section
    const setting = /^\s*([\w.]+)\s*[=:]\s*(.*?)\s*$/.exec(line)
    if (inSection && setting && !/^\s*[#;]/.test(line)) settings.set(setting[1], setting[2].replace(/["']/g, ''))
  }
  return settings
}

function readRevision(files: WorkspaceFiles, file: string): Revision | undefined {
  const text = files.read(file)
  const revision = assignment(text, 'revision')
  if (!revision || revision.values.length !== 1) return undefined
  const down = assignment(text, 'down_revision')
  const labels = assignment(text, 'branch_labels')
  return {
    file,
    id: revision.values[0].id,
    line: revision.line,
    downRevisions: down?.values ?? [],
    hasBranchLabels: (labels?.values.length ?? 0) > 0,
  }
}

/** `name = 'x'`, `name: str = "x"`, `name = None`, `name = ('a', 'b')` (over several lines too), at module level. */
function assignment(
  text: string,
  name: string,
): { values: Array<{ id: string; line: number }>; line: number } | undefined {
  const match = new RegExp(`^${name}\\s*(?::[^=\\n]+)?=[ \\t]*`, 'm').exec(text)
  if (!match) return undefined
  let end = text.indexOf('\n', match.index)
  const opening = text.slice(match.index + match[0].length)
  if (/^[([]/.test(opening)) {
    const close = text.indexOf(opening[0] === '(' ? ')' : ']', match.index)
    if (close >= 0) end = close + 1
  }
  const start = match.index + match[0].length
  const expression = text.slice(start, end < 0 ? undefined : end)
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length
  const values = [...expression.matchAll(/(['"])(.*?)\1/g)].map((quoted) => ({
    id: quoted[2],
    line: lineAt(start + (quoted.index ?? 0)),
  }))
  return { values, line: lineAt(match.index) }
}
