export const LOGIN_PATH = '/dang-nhap';
export const HOME_PATH = '/don-vi';

/**
 * Where to go after signing in: only a path on this site, so a crafted link cannot send an officer to
 * another site ("//evil.example", "https://…") or back to the sign-in page itself.
 */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return HOME_PATH;
  if (next === LOGIN_PATH || next.startsWith(`${LOGIN_PATH}?`) || next.startsWith(`${LOGIN_PATH}/`)) return HOME_PATH;
  return next;
}

/** The sign-in address that comes back to `path` afterwards. */
export function loginPathFor(path: string): string {
  return `${LOGIN_PATH}?${new URLSearchParams({ next: path })}`;
}
