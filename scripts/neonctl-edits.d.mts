export interface SourceEdit {
  id: string
  kind: 'source'
  file: string
  hunks: [string, string][]
  /** hunks for other files, when one change spans several */
  alsoIn?: { file: string; hunks: [string, string][] }[]
  why: string
}
export interface CommandsEdit {
  id: string
  kind: 'commands'
  file: string
  keep: string[]
  why: string
}
export interface ExternalsEdit {
  id: string
  kind: 'externals'
  packages: string[]
  why: string
}
export interface VersionEdit {
  id: string
  kind: 'version'
  why: string
}
export interface InjectEdit {
  id: string
  kind: 'inject'
  /** scripts/neonctl-additions/<module>.mjs */
  module: string
  why: string
}
export type NeonctlEdit = SourceEdit | CommandsEdit | ExternalsEdit | VersionEdit | InjectEdit
export declare const neonctlEdits: NeonctlEdit[]
export declare function editsOf<K extends NeonctlEdit['kind']>(
  kind: K,
  without?: string[],
): Extract<NeonctlEdit, { kind: K }>[]
