export * from './holidays.js';
export * from './iso-date.js';
export * from './lunar.js';
export * from './working-days.js';
