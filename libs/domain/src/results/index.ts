export * from './decimal.js';
export * from './indicator-tree.js';
export * from './ranking.js';
export * from './result-sheet.js';
export * from './simulate.js';
