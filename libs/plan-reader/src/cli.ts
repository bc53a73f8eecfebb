import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parsePlanText } from './parse-plan-text.js';
import { readPlanDocument } from './read-document.js';

/**
 * `node libs/plan-reader/dist/cli.js PATH` (or `npm run parse-plan -- PATH`): reads a plan document
 * (.docx, .pdf, .txt, .md) and prints the draft the reader finds in it as JSON. Errors go to stderr with
 * exit code 1.
 */
async function main(path: string | undefined): Promise<void> {
  if (!path) throw new Error('Cách dùng: npm run parse-plan -- ĐƯỜNG_DẪN_TỆP (.docx, .pdf, .txt, .md)');
  const bytes = await readFile(path);
  const { text } = await readPlanDocument(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), basename(path));
  process.stdout.write(`${JSON.stringify(parsePlanText(text), null, 2)}\n`);
}

main(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
