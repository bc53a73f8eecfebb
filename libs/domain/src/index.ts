export * from './access/role-placement.js';
export * from './catalog/index.js';
export * from './csv/parse-csv.js';
export * from './results/index.js';
export * from './text/fold-vietnamese.js';
export * from './units/admin-unit-list.js';
export * from './units/crosswalk.js';
export * from './units/unit-name.js';
