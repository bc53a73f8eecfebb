export * from './compliance.js';
export * from './task-text.js';
