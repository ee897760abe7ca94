// Alembic histories as Alembic builds them. An environment (one ScriptDirectory) is configured by a section of an
// ini file with script_location (`alembic -c file -n section`), by [tool.alembic] in pyproject.toml, or found as a
// `versions/` folder beside an Alembic env.py. Its history spans all its version_locations: heads and missing
// parents are computed across them. Revision files are read for `revision`, `down_revision`, `branch_labels` and
// `depends_on` as Python literals; the tests check this reading against Alembic itself.
import path from 'node:path'
import { moduleAssignments, type PythonLiteral, type PythonString } from './python-literals.js'
import type { WorkspaceFiles } from './workspace-files.js'

/** alembic_version.version_num as Alembic creates it. */
export const VERSION_COLUMN_WIDTH = 32

export interface Revision {
  /** Path relative to the workspace. */
  file: string
  /** The versions folder it is in. */
  folder: string
  id: string
  line: number
  /** Each with the line it is written on (a tuple may span lines). */
  downRevisions: PythonString[]
  hasBranchLabels: boolean
  /** The width this revision widens alembic_version.version_num to, if its migration does. */
  widensTo?: number
}

export interface VersionsFolder {
  /** Path relative to the workspace. */
  folder: string
  revisions: Revision[]
  /** Python files Alembic loads as revisions but that declare none (paths relative to the workspace). */
  strays: string[]
}

export interface ConfigSource {
  /** The ini or pyproject.toml file, relative to the workspace. */
  file: string
  /** `alembic` unless `-n` names another section; `tool.alembic` in pyproject.toml. */
  section: string
  /** Line of script_location. */
  line: number
  /** script_location as written. */
  written: string
  /** script_location with %(name)s filled in. */
  scriptLocation: string
  /** Where the doctor looked for the script folder (for the message when none is there). */
  looked: string[]
}

export interface AlembicEnvironment {
  /** The config that defines it; undefined for an env.py folder found by its layout. */
  config?: ConfigSource
  /** The script folder (holding env.py), relative to the workspace; undefined when it resolves to none. */
  scriptFolder?: string
  folders: VersionsFolder[]
  /** All revisions of all its folders: one history. */
  revisions: Revision[]
  /** env.py widens alembic_version.version_num before any revision is recorded (Infinity when the width is unknown). */
  envWidensTo?: number
}

export function readAlembicEnvironments(files: WorkspaceFiles): AlembicEnvironment[] {
  const environments: AlembicEnvironment[] = []
  const configured = new Set<string>()
  for (const config of configSources(files)) {
    const scriptFolder = resolveLocation(files, config.file, config.scriptLocation, config.looked)
    const versionLocations = config.versionLocations
      ?.map((location) => resolveLocation(files, config.file, location, []))
      .filter((folder): folder is string => !!folder && files.isFolder(folder))
    const folders = versionLocations ?? (scriptFolder ? [path.posix.join(scriptFolder, 'versions')] : [])
    if (scriptFolder) configured.add(scriptFolder)
    environments.push(environment(files, folders, scriptFolder, config))
  }
  // Without a config: a versions/ folder beside an Alembic env.py, or an alembic/versions/ folder.
  const scriptFolders = [
    ...files
      .find((file) => path.posix.basename(file) === 'env.py' && isAlembicEnv(files.read(file)))
      .map((env) => path.posix.dirname(env)),
    ...files
      .find((file) => /(^|\/)alembic\/versions\/[^/]+\.py$/.test(file))
      .map((file) => path.posix.dirname(path.posix.dirname(file))),
  ]
  for (const scriptFolder of [...new Set(scriptFolders)]) {
    const versions = path.posix.join(scriptFolder, 'versions')
    if (configured.has(scriptFolder) || !files.isFolder(versions)) continue
    configured.add(scriptFolder)
    environments.push(environment(files, [versions], scriptFolder, undefined))
  }
  return environments.sort((a, b) =>
    (a.config?.file ?? a.scriptFolder ?? '').localeCompare(b.config?.file ?? b.scriptFolder ?? ''),
  )
}

function environment(
  files: WorkspaceFiles,
  folderPaths: string[],
  scriptFolder: string | undefined,
  config: ConfigSource | undefined,
): AlembicEnvironment {
  const folders = [...new Set(folderPaths)]
    .filter((folder) => files.isFolder(folder))
    .map((folder) => readFolder(files, folder))
  const env = scriptFolder ? path.posix.join(scriptFolder, 'env.py') : undefined
  return {
    config,
    scriptFolder,
    folders,
    revisions: folders.flatMap((folder) => folder.revisions),
    envWidensTo: env && files.exists(env) ? widening(files.read(env)) : undefined,
  }
}

function readFolder(files: WorkspaceFiles, folder: string): VersionsFolder {
  const revisions: Revision[] = []
  const strays: string[] = []
  // Alembic loads every .py file but __init__* and editor lock files (.#*).
  for (const name of files.list(folder).filter((file) => file.endsWith('.py') && !/^(__init__|\.#)/.test(file))) {
    const file = path.posix.join(folder, name)
    const revision = readRevision(files.read(file), file, folder)
    if (revision) revisions.push(revision)
    else if (!/^[a-f0-9]+\.py$/.test(name)) strays.push(file) // a hex name is a pre-0.2 revision id
  }
  return { folder, revisions, strays }
}

export function readRevision(source: string, file: string, folder: string): Revision | undefined {
  const assignments = moduleAssignments(source)
  const revision = assignments.get('revision')
  if (!revision || revision.value.kind !== 'string') return undefined
  const down = assignments.get('down_revision')?.value
  const labels = assignments.get('branch_labels')?.value
  return {
    file,
    folder,
    id: revision.value.value,
    line: revision.line,
    downRevisions: down ? strings(down) : [],
    hasBranchLabels: !!labels && strings(labels).length > 0,
    widensTo: widening(source),
  }
}

function strings(literal: PythonLiteral): PythonString[] {
  if (literal.kind === 'string') return [{ value: literal.value, line: literal.line }]
  return literal.kind === 'sequence' ? literal.items : []
}

/**
 * The width a file widens alembic_version.version_num to: `ALTER TABLE alembic_version ALTER COLUMN version_num TYPE
 * VARCHAR(128)`, `op.alter_column("alembic_version", "version_num", type_=sa.String(length=64))`, a batch_alter_table
 * of alembic_version, or env.py creating the table itself. Infinity for TEXT; undefined when it does not.
 */
export function widening(source: string): number | undefined {
  if (!/alembic_version/.test(source) || !/version_num/.test(source)) return undefined
  const widths = [...source.matchAll(/\b(?:VARCHAR|String|Unicode|CHAR)\s*\(\s*(?:length\s*=\s*)?(\d+)/gi)].map((m) =>
    Number(m[1]),
  )
  const wider = widths.filter((width) => width > VERSION_COLUMN_WIDTH)
  if (wider.length > 0) return Math.max(...wider)
  return /version_num[^\n]*\b(TYPE\s+TEXT|sa\.Text|Text\(\))/i.test(source) ? Infinity : undefined
}

/** An env.py that is Alembic's (it imports alembic's context). */
function isAlembicEnv(source: string): boolean {
  return /\bfrom\s+alembic\s+import\b[^\n]*\bcontext\b|\bimport\s+alembic\b|\balembic\.context\b/.test(source)
}

interface ConfigEntry extends ConfigSource {
  versionLocations?: string[]
}

/** Sections of ini files that set script_location, and pyproject.toml's [tool.alembic]. */
function configSources(files: WorkspaceFiles): ConfigEntry[] {
  const sources: ConfigEntry[] = []
  for (const file of files.find((candidate) => candidate.endsWith('.ini'))) {
    const text = files.read(file)
    if (!/^\s*script_location\s*[=:]/m.test(text)) continue
    const sections = readIni(text)
    const defaults = sections.get('DEFAULT') ?? new Map()
    for (const [section, settings] of sections) {
      const script = settings.get('script_location')
      if (!script) continue
      const value = (key: string) => {
        const setting = settings.get(key)
        return setting ? interpolate(setting.value, settings, defaults) : undefined
      }
      sources.push({
        file,
        section,
        line: script.line,
        written: script.value,
        scriptLocation: value('script_location') ?? '',
        versionLocations: splitLocations(
          value('version_locations'),
          value('path_separator') ?? value('version_path_separator'),
        ),
        looked: [],
      })
    }
  }
  for (const file of files.find((candidate) => path.posix.basename(candidate) === 'pyproject.toml')) {
    const settings = readIni(files.read(file)).get('tool.alembic')
    const script = settings?.get('script_location')
    if (!settings || !script) continue
    const locations = settings.get('version_locations')
    sources.push({
      file,
      section: 'tool.alembic',
      line: script.line,
      written: tomlString(script.value),
      scriptLocation: interpolate(tomlString(script.value), settings, new Map()),
      versionLocations: locations
        ? tomlList(locations.value).map((location) => interpolate(location, settings, new Map()))
        : undefined,
      looked: [],
    })
  }
  return sources
}

interface IniValue {
  value: string
  line: number
}

/** Sections of an ini (or TOML) file: keys with their values (continuation lines joined) and lines. */
function readIni(text: string): Map<string, Map<string, IniValue>> {
  const sections = new Map<string, Map<string, IniValue>>()
  let current: Map<string, IniValue> | undefined
  let last: IniValue | undefined
  text.split(/\r?\n/).forEach((line, index) => {
    if (/^\s*[#;]/.test(line) || !line.trim()) return
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(line)
    if (header) {
      current = new Map()
      sections.set(header[1].trim(), current)
      last = undefined
      return
    }
    if (last && /^\s+\S/.test(line) && !/^\s*[\w.-]+\s*[=:]/.test(line)) {
      last.value += `\n${line.trim()}` // an indented continuation line
      return
    }
    const setting = /^\s*([\w.-]+)\s*[=:]\s*(.*?)\s*$/.exec(line)
    if (setting && current) {
      last = { value: setting[2], line: index + 1 }
      current.set(setting[1].toLowerCase(), last)
    }
  })
  return sections
}

/**
 * ConfigParser's %(name)s: `here` is the config file's folder (left as `.`: locations are resolved from there), other
 * names come from the section or [DEFAULT].
 */
function interpolate(
  value: string,
  settings: Map<string, IniValue>,
  defaults: Map<string, IniValue>,
  depth = 0,
): string {
  return value.replace(/%\((\w+)\)s/g, (whole, name: string) => {
    if (name === 'here') return '.'
    const other = settings.get(name.toLowerCase()) ?? defaults.get(name.toLowerCase())
    // ConfigParser fills in the names inside the value too (at most 10 deep)
    return other && depth < 10 ? interpolate(other.value, settings, defaults, depth + 1) : whole
  })
}

/** Alembic's split of version_locations: by the separator setting, else (legacy) on spaces and commas. */
function splitLocations(value: string | undefined, separator: string | undefined): string[] | undefined {
  if (!value) return undefined
  const by: Record<string, RegExp> = { space: / +/, os: /:/, ':': /:/, ';': /;/, newline: /\n/ }
  const pattern = separator ? by[separator.trim()] : undefined
  return value
    .split(pattern ?? /, *| +|\n/)
    .map((part) => part.trim())
    .filter(Boolean)
}

function tomlString(value: string): string {
  return value.replace(/^\s*["']|["']\s*$/g, '')
}

function tomlList(value: string): string[] {
  return [...value.matchAll(/["']([^"']*)["']/g)].map((match) => match[1])
}

/**
 * A location as Alembic resolves it, relative to the workspace: a path (relative ones from the config file's folder,
 * where alembic is run), or `package:path` (the package's folder, looked up in the config's folder, under src/, or
 * anywhere in the repository). Undefined when it is not in the repository.
 */
function resolveLocation(
  files: WorkspaceFiles,
  config: string,
  location: string,
  looked: string[],
): string | undefined {
  const here = path.posix.dirname(config)
  const trimmed = location.trim()
  if (!trimmed || /%\(\w+\)s|\$\{?\w+/.test(trimmed) || path.posix.isAbsolute(trimmed)) {
    looked.push(trimmed)
    return undefined
  }
  const packaged = /^([A-Za-z_][\w.]*):(.+)$/.exec(trimmed)
  if (!packaged) {
    const folder = path.posix.normalize(path.posix.join(here, trimmed)).replace(/\/$/, '')
    looked.push(folder)
    return files.isFolder(folder) && !folder.startsWith('..') ? folder : undefined
  }
  const packagePath = packaged[1].replace(/\./g, '/')
  const candidates = [path.posix.join(here, packagePath), path.posix.join(here, 'src', packagePath)]
  const elsewhere = files
    .find((file) => file.endsWith(`${packagePath}/__init__.py`))
    .map((file) => path.posix.dirname(file))
  for (const candidate of [...candidates, ...elsewhere]) {
    const folder = path.posix.normalize(path.posix.join(candidate, packaged[2])).replace(/\/$/, '')
    looked.push(folder)
    if (files.isFolder(folder)) return folder
  }
  return undefined
}
