export * from './access.js';
export * from './analytics.js';
export * from './catalog.js';
export * from './errors.js';
export * from './health.js';
export * from './results.js';
export * from './units.js';
export * from './plans.js';
