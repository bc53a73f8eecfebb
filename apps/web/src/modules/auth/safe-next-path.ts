export const LOGIN_PATH = '/dang-nhap';
/** The unit tree (the first home page, hence the name); "Tổng quan" at / is the home now. */
export const HOME_PATH = '/don-vi';
/** Where a sign-in with nowhere to return to lands: the "Tổng quan" home of the officer's unit. */
export const LANDING_PATH = '/';

/**
 * Where to go after signing in: only a path on this site, so a crafted link cannot send an officer to
 * another site ("//evil.example", "https://…") or back to the sign-in page itself.
 */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return LANDING_PATH;
  if (next === LOGIN_PATH || next.startsWith(`${LOGIN_PATH}?`) || next.startsWith(`${LOGIN_PATH}/`)) return LANDING_PATH;
  return next;
}

/** The sign-in address that comes back to `path` afterwards. */
export function loginPathFor(path: string): string {
  return `${LOGIN_PATH}?${new URLSearchParams({ next: path })}`;
}
