import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo root: the API is started from there, as `npm start` does. */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** Debian's package installs the browser here; CHROMIUM_PATH points elsewhere when needed. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

/** Git-ignored home of test artefacts. */
export const TMP_DIR = path.join(REPO_ROOT, 'tmp');
export const SCREENSHOT_DIR = path.join(TMP_DIR, 'screenshots');
