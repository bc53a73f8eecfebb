import argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, 3 passes, 4 lanes): OWASP's recommended family. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password);
}

/** Verified against when the e-mail is unknown, so a wrong e-mail costs as long as a wrong password. */
export const DUMMY_HASH = hashPassword('not-a-real-password-only-for-timing');
