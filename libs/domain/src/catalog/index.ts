export * from './flatten-indicators.js';
export * from './framework-definition.js';
export * from './load-framework.js';
export * from './validate-framework.js';
export * from './link-indicator.js';
