import type { Role, UnitLevel, UserListResponse, UserSummary } from '@govindex/contracts';
import { rolePlacementProblem } from '@govindex/domain';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { requireRole } from '../access/access-policy.js';
import { hashPassword } from '../access/password.js';
import { ScopedDatabase } from '../access/scoped-database.js';
import { SessionsService } from '../access/sessions.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { CreateUserDto, UpdateUserDto } from './dto/user.dto.js';

interface UserRow {
  id: number;
  email: string;
  display_name: string;
  role: Role;
  unit_id: number | null;
  province_id: number | null;
  unit_name: string | null;
  active: boolean;
  last_login_at: Date | null;
}

const USER_SELECT = `SELECT u.id, u.email, u.display_name, u.role, u.unit_id, u.province_id, un.full_name AS unit_name,
  u.active, u.last_login_at FROM app_user u LEFT JOIN unit un ON un.id = u.unit_id`;

/** What the audit log keeps of a user: never the password hash. */
const auditView = (row: UserRow) => ({
  email: row.email,
  displayName: row.display_name,
  role: row.role,
  unitId: row.unit_id,
  active: row.active,
});

export interface NewUser {
  email: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  password: string;
}

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scoped: ScopedDatabase,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<UserListResponse> {
    return this.scoped.run(async (manager, actor) => {
      requireRole(actor, 'admin');
      const rows = await manager.query<UserRow[]>(`${USER_SELECT} ORDER BY u.email`);
      return { items: rows.map(toSummary) };
    });
  }

  get(id: number): Promise<UserSummary> {
    return this.scoped.run(async (manager, actor) => {
      requireRole(actor, 'admin');
      return toSummary(await findOrFail(manager, id));
    });
  }

  create(input: CreateUserDto): Promise<UserSummary> {
    return this.scoped.run(async (manager, actor) => {
      requireRole(actor, 'admin');
      const created = await insertUser(manager, input);
      await this.audit.record(manager, actor, {
        entity: 'user', entityId: created.id, action: 'create', unitId: created.unit_id, provinceId: created.province_id,
        before: null, after: auditView(created),
      });
      return toSummary(created);
    });
  }

  update(id: number, changes: UpdateUserDto): Promise<UserSummary> {
    return this.scoped.run(async (manager, actor) => {
      requireRole(actor, 'admin');
      const before = await findOrFail(manager, id);
      const role = changes.role ?? before.role;
      const unitId = changes.unitId === undefined ? before.unit_id : changes.unitId;
      const placement = await placementOf(manager, role, unitId);
      if (id === actor.userId && (role !== 'admin' || changes.active === false)) {
        throw new BadRequestException('Không thể tự bỏ quyền quản trị hoặc tự khoá tài khoản của mình.');
      }
      await manager.query(
        `UPDATE app_user SET display_name = $2, role = $3, unit_id = $4, province_id = $5, active = $6,
                password_hash = coalesce($7, password_hash), updated_at = now()
         WHERE id = $1`,
        [
          id,
          changes.displayName ?? before.display_name,
          role,
          unitId,
          placement.provinceId,
          changes.active ?? before.active,
          changes.password === undefined ? null : await hashPassword(changes.password),
        ],
      );
      const after = await findOrFail(manager, id);
      const accessChanged =
        changes.password !== undefined || after.role !== before.role || after.unit_id !== before.unit_id || !after.active;
      if (accessChanged) await this.sessions.revokeAllOf(manager, id);
      await this.audit.record(manager, actor, {
        entity: 'user', entityId: id, action: 'update', unitId: after.unit_id, provinceId: after.province_id,
        before: auditView(before), after: { ...auditView(after), ...(changes.password ? { passwordChanged: true } : {}) },
      });
      return toSummary(after);
    });
  }

  /** For the session endpoints: the caller's own record, read as system work before any scope. */
  async summaryOf(userId: number): Promise<UserSummary> {
    const [row] = await this.dataSource.query<UserRow[]>(`${USER_SELECT} WHERE u.id = $1`, [userId]);
    if (!row) throw new NotFoundException('Không tìm thấy người dùng.');
    return toSummary(row);
  }

  /**
   * Start-up work (first administrator, demo accounts): creates the user unless the e-mail exists.
   * Runs as the system, outside any request, and is audited with no actor.
   */
  async ensure(user: NewUser): Promise<'created' | 'exists'> {
    return this.dataSource.transaction(async (manager) => {
      const [existing] = await manager.query<Array<{ id: number }>>('SELECT id FROM app_user WHERE email = $1', [user.email]);
      if (existing) return 'exists';
      const created = await insertUser(manager, user);
      await this.audit.record(manager, null, {
        entity: 'user', entityId: created.id, action: 'create', unitId: created.unit_id, provinceId: created.province_id,
        before: null, after: auditView(created),
      });
      return 'created';
    });
  }
}

async function insertUser(manager: EntityManager, input: NewUser): Promise<UserRow> {
  const placement = await placementOf(manager, input.role, input.unitId);
  const [taken] = await manager.query<Array<{ id: number }>>('SELECT id FROM app_user WHERE email = $1', [input.email]);
  if (taken) throw new ConflictException(`E-mail ${input.email} đã được dùng cho một tài khoản khác.`);
  const [inserted] = await manager.query<Array<{ id: number }>>(
    `INSERT INTO app_user (email, display_name, password_hash, role, unit_id, province_id)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [input.email, input.displayName, await hashPassword(input.password), input.role, input.unitId, placement.provinceId],
  );
  return findOrFail(manager, inserted?.id ?? 0);
}

/** Checks that the role may sit on the unit; the unit must be one the caller can see. */
async function placementOf(manager: EntityManager, role: Role, unitId: number | null): Promise<{ provinceId: number | null }> {
  let level: UnitLevel | null = null;
  let provinceId: number | null = null;
  if (unitId !== null) {
    const [unit] = await manager.query<Array<{ level: UnitLevel; province_id: number }>>(
      'SELECT level, province_id FROM unit WHERE id = $1',
      [unitId],
    );
    if (!unit) throw new NotFoundException(`Không tìm thấy đơn vị có mã số ${unitId}.`);
    level = unit.level;
    provinceId = unit.province_id;
  }
  const problem = rolePlacementProblem(role, level);
  if (problem) throw new BadRequestException({ message: problem, details: [`unitId: ${problem}`] });
  return { provinceId };
}

async function findOrFail(manager: EntityManager, id: number): Promise<UserRow> {
  const [row] = await manager.query<UserRow[]>(`${USER_SELECT} WHERE u.id = $1`, [id]);
  if (!row) throw new NotFoundException(`Không tìm thấy người dùng có mã số ${id}.`);
  return row;
}

function toSummary(row: UserRow): UserSummary {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    unitId: row.unit_id,
    unitName: row.unit_name,
    active: row.active,
    lastLoginAt: row.last_login_at ? new Date(row.last_login_at).toISOString() : null,
  };
}
