export * from './timeliness.js';
