// The files of a workspace, listed once. Folders that hold other people's code or test data are not walked.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

const SKIPPED_FOLDERS = new Set([
  '.git',
  'node_modules',
  '.venv',
  'venv',
  'env',
  'site-packages',
  '__pycache__',
  '.tox',
  '.nox',
  'dist',
  'build',
  'fixtures',
  'testdata',
])

export class WorkspaceFiles {
  private all: string[] | undefined

  constructor(readonly root: string) {}

  /** Workspace-relative paths (forward slashes) of all files outside skipped folders that match. */
  find(matches: (file: string) => boolean): string[] {
    this.all ??= this.walk('')
    return this.all.filter(matches)
  }

  /** File names directly inside a workspace-relative folder. */
  list(folder: string): string[] {
    try {
      return readdirSync(this.absolute(folder), { withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name)
        .sort()
    } catch {
      return []
    }
  }

  isFolder(folder: string): boolean {
    try {
      return statSync(this.absolute(folder)).isDirectory()
    } catch {
      return false
    }
  }

  exists(file: string): boolean {
    return existsSync(this.absolute(file))
  }

  read(file: string): string {
    return readFileSync(this.absolute(file), 'utf8')
  }

  private absolute(file: string): string {
    return path.join(this.root, ...file.split('/'))
  }

  private walk(folder: string): string[] {
    let entries
    try {
      entries = readdirSync(this.absolute(folder), { withFileTypes: true })
    } catch {
      return []
    }
    const files: string[] = []
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const relative = folder ? `${folder}/${entry.name}` : entry.name
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) files.push(...this.walk(relative))
      else if (entry.isFile()) files.push(relative)
    }
    return files
  }
}
