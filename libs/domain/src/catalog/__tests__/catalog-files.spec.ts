import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FrameworkDefinition } from '../framework-definition.js';
import { loadFrameworkDefinition } from '../load-framework.js';

const CATALOG_DIR = new URL('../../../../../data/catalog/', import.meta.url);

function load(name: string): FrameworkDefinition {
  const result = loadFrameworkDefinition(JSON.parse(readFileSync(new URL(name, CATALOG_DIR), 'utf8')), name);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.issues, null, 2)}`);
  return result.definition;
}

describe('data/catalog', () => {
  const files = readdirSync(CATALOG_DIR).filter((name) => name.endsWith('.json')).sort();

  it('holds one file per framework', () => {
    expect(files).toEqual(['dan-van.json', 'dti.json', 'papi.json', 'par-index.json', 'pci.json', 'sipas.json']);
  });

  it.each(files)('%s loads and validates with no issue', (name) => {
    const result = loadFrameworkDefinition(JSON.parse(readFileSync(new URL(name, CATALOG_DIR), 'utf8')), name);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('gives PAPI three province versions: 6 dimensions (6–60), then 8 (8–80) twice, and a commune version', () => {
    const papi = load('papi.json');
    expect(papi.versions.filter((version) => version.level === 'commune').map((version) => [version.firstYear, version.total.children?.length])).toEqual([
      [2021, 8],
    ]);
    expect(
      papi.versions.filter((version) => version.level === 'province').map((version) => ({
        years: [version.firstYear, version.lastYear],
        dimensions: version.total.children?.length,
        range: [version.total.min, version.total.max],
      })),
    ).toEqual([
      { years: [2011, 2017], dimensions: 6, range: [6, 60] },
      { years: [2018, 2020], dimensions: 8, range: [8, 80] },
      { years: [2021, null], dimensions: 8, range: [8, 80] },
    ]);
  });

  it('drops the construction-permit sub-dimension of PAPI D5 from 2021', () => {
    const d5Codes = load('papi.json').versions.filter((version) => version.level === 'province').map((version) =>
      version.total.children?.find((dimension) => dimension.code === 'D5')?.children?.map((sub) => sub.code),
    );
    expect(d5Codes).toEqual([
      ['D5.1', 'D5.2', 'D5.3', 'D5.4'],
      ['D5.1', 'D5.2', 'D5.3', 'D5.4'],
      ['D5.1', 'D5.3', 'D5.4'],
    ]);
  });

  it('maps every dimension column of the PAPI data file to a dimension through its aliases', () => {
    const header =
      'province_id,province_vi,province_en,region,year,D1_participation,D2_transparency,D3_vertical_accountability,D4_control_of_corruption,D5_public_admin_procedures,D6_public_service_delivery,D7_environmental_governance,D8_e_governance';
    const dimensionColumns = header.split(',').filter((column) => /^D\d_/.test(column));
    const latest = load('papi.json').versions.at(-1)!;
    const codeOfAlias = new Map(latest.total.children!.flatMap((dimension) => (dimension.aliases ?? []).map((alias) => [alias, dimension.code])));
    expect(dimensionColumns.map((column) => codeOfAlias.get(column))).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8']);
  });
});
