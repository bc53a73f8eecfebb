/** The longest file name kept (the column is 255 characters; the rest is room for a suffix). */
const MAX_FILE_NAME = 200;
const FALLBACK = 'tep-tai-len';

/**
 * The name of an uploaded file as GovIndex keeps and shows it: the last path segment only (a name like
 * "../../etc/passwd" or "C:\\x\\plan.docx" never names a folder), without control characters (NUL, line
 * breaks that would split a header) or the invisible direction marks that disguise an extension
 * ("kehoach\u202Excod.exe"), at most 200 characters with its extension kept.
 *
 * Browsers send the name in UTF-8, which the multipart parser reads as Latin-1: read back as UTF-8,
 * unless the name came already decoded (RFC 5987 `filename*=UTF-8''…`).
 */
export function uploadedFileName(raw: string | undefined): string {
  const text = raw ?? '';
  const alreadyDecoded = [...text].some((character) => character.charCodeAt(0) > 0xff);
  const decoded = alreadyDecoded ? text : Buffer.from(text, 'latin1').toString('utf8');
  const segment = decoded.split(/[/\\]/).pop() ?? '';
  const cleaned = segment
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .trim();
  if (cleaned === '' || /^\.+$/.test(cleaned)) return FALLBACK;
  if (cleaned.length <= MAX_FILE_NAME) return cleaned;
  const extension = /\.[A-Za-z0-9]{1,10}$/.exec(cleaned)?.[0] ?? '';
  return cleaned.slice(0, MAX_FILE_NAME - extension.length) + extension;
}
