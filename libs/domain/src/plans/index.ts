export * from './compliance.js';
export * from './task-text.js';
export * from './plan-input.js';
