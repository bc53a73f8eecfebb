export * from './access.js';
export * from './errors.js';
export * from './health.js';
export * from './results.js';
export * from './units.js';
