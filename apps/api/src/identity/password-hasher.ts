import { Injectable } from '@nestjs/common';
import { argon2id, hash, verify } from 'argon2';

/** argon2id with the library's defaults (64 MiB, 3 passes), the OWASP-recommended baseline. */
@Injectable()
export class PasswordHasher {
  /** A hash to verify against when no account matches, so that timing reveals nothing. */
  private readonly decoy = hash('decoy password that never matches', { type: argon2id });

  hash(password: string): Promise<string> {
    return hash(password, { type: argon2id });
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    try {
      const matches = await verify(passwordHash ?? (await this.decoy), password);
      return matches && passwordHash !== null;
    } catch {
      return false;
    }
  }
}
