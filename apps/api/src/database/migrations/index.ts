import { CreateUnits1763719200000 } from './1763719200000-create-units.js';
import { UnitLineage1763805600000 } from './1763805600000-unit-lineage.js';
import { Access1763805700000 } from './1763805700000-access.js';
import { CatalogAndResults1763812800000 } from './1763812800000-catalog-and-results.js';
import { AnalyticsView1763820000000 } from './1763820000000-analytics-view.js';
import { PlansAndReports1763900000000 } from './1763900000000-plans-and-reports.js';
import { CountryScale1764000000000 } from './1764000000000-country-scale.js';

/** Every migration, oldest first. Listed by hand so a build never depends on a file glob. */
export const MIGRATIONS = [
  CreateUnits1763719200000,
  UnitLineage1763805600000,
  Access1763805700000,
  CatalogAndResults1763812800000,
  AnalyticsView1763820000000,
  PlansAndReports1763900000000,
  CountryScale1764000000000,
];
