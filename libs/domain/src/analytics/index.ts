export * from './lagging.js';
export * from './statistics.js';
export * from './weakness.js';
