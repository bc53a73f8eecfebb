import { readFileSync } from 'node:fs';

/** The real documents under data/documents (see data/documents/SOURCES.md). */
export function documentText(folder: 'plans' | 'government', name: string): string {
  return readFileSync(new URL(`../../../../data/documents/${folder}/${name}`, import.meta.url), 'utf8');
}

/** A binary fixture of src/__fixtures__, built by scripts/make-fixtures.mjs. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url)));
}
