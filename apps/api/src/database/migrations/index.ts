import { CreateUnits1763719200000 } from './1763719200000-create-units.js';

/** Every migration, oldest first. Listed by hand so a build never depends on a file glob. */
export const MIGRATIONS = [CreateUnits1763719200000];
