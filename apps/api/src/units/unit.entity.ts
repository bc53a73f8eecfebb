import type { UnitKind, UnitLevel } from '@govindex/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'unit' })
export class Unit {
  @PrimaryGeneratedColumn('identity', { type: 'integer', generatedIdentity: 'BY DEFAULT' })
  id!: number;

  @Column({ type: 'varchar', length: 8 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ name: 'name_folded', type: 'text' })
  nameFolded!: string;

  @Column({ name: 'full_name_folded', type: 'text' })
  fullNameFolded!: string;

  @Column({ type: 'text' })
  level!: UnitLevel;

  @Column({ type: 'text' })
  kind!: UnitKind;

  @Column({ name: 'parent_id', type: 'integer', nullable: true })
  parentId!: number | null;

  @Column({ name: 'province_id', type: 'integer' })
  provinceId!: number;

  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom!: string | null;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil!: string | null;

  @Column({ type: 'text' })
  source!: string;
}
