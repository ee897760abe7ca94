// A branch's roles and databases, as Neon's routes change them: each change is one apply_config operation, answered
// once PostgreSQL has applied it (the operation itself runs on for its least duration, holding the project lock).
import { badRequest, conflict } from './api-error.js'
import { createDatabase, createRole, dropDatabase, dropRole, setPassword } from './compute/catalog.js'
import { newRolePassword } from './ids.js'
import type { LocalProject } from './project.js'
import type { BranchRecord, DatabaseRecord, RoleRecord } from './records.js'

export class RolesAndDatabases {
  constructor(private readonly project: LocalProject) {}

  async createRole(branch: BranchRecord, name: string) {
    if (branch.roles.some((r) => r.name === name)) throw conflict(`role "${name}" already exists`)
    const now = new Date()
    const role: RoleRecord = { name, password: newRolePassword(), createdAt: now, updatedAt: now }
    branch.roles.push(role)
    const operations = await this.project
      .applyConfig(branch, (cluster) => createRole(cluster, name, role.password))
      .catch((error: Error) => {
        branch.roles = branch.roles.filter((r) => r !== role)
        throw error
      })
    return { role, operations }
  }

  async resetRolePassword(branch: BranchRecord, role: RoleRecord) {
    const password = newRolePassword()
    const operations = await this.project.applyConfig(branch, (cluster) => setPassword(cluster, role.name, password))
    role.password = password
    role.updatedAt = new Date()
    return { role, operations }
  }

  async deleteRole(branch: BranchRecord, role: RoleRecord) {
    if (branch.databases.some((d) => d.ownerName === role.name))
      throw badRequest(`role ${role.name} owns databases; delete or reassign them first`)
    branch.roles = branch.roles.filter((r) => r !== role)
    const operations = await this.project.applyConfig(branch, (cluster) => dropRole(cluster, role.name))
    return { role, operations }
  }

  async createDatabase(branch: BranchRecord, name: string, ownerName: string) {
    if (branch.databases.some((d) => d.name === name)) throw conflict(`database "${name}" already exists`)
    this.project.role(branch, ownerName)
    const now = new Date()
    const database: DatabaseRecord = {
      id: this.project.newDatabaseId(),
      name,
      ownerName,
      createdAt: now,
      updatedAt: now,
    }
    branch.databases.push(database)
    const operations = await this.project
      .applyConfig(branch, (cluster) => createDatabase(cluster, name, ownerName))
      .catch((error: Error) => {
        branch.databases = branch.databases.filter((d) => d !== database)
        throw error
      })
    return { database, operations }
  }

  async deleteDatabase(branch: BranchRecord, database: DatabaseRecord) {
    branch.databases = branch.databases.filter((d) => d !== database)
    const operations = await this.project.applyConfig(branch, (cluster) => dropDatabase(cluster, database.name))
    return { database, operations }
  }
}
