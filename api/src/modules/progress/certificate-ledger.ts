import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Letters and digits that cannot be mistaken for one another when typed from paper (no 0/O, 1/I/L). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A verification code such as `K7QF-2M9X-WD4T`: 60 bits, random, for typing or scanning from the certificate. */
export function newCertificateCode(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${group()}-${group()}-${group()}`;
}

/**
 * Certificates follow completions: one valid certificate per completed enrolment; a completion
 * undone revokes it (the code then verifies as revoked); completing again issues a new code.
 */
@Injectable()
export class CertificateLedger {
  async issue(manager: EntityManager, enrolmentIds: readonly string[]): Promise<void> {
    if (enrolmentIds.length === 0) return;
    await manager.query(
      `INSERT INTO certificate (enrolment_id, code) SELECT * FROM unnest($1::uuid[], $2::text[])
       ON CONFLICT (enrolment_id) WHERE revoked_at IS NULL DO NOTHING`,
      [enrolmentIds, enrolmentIds.map(() => newCertificateCode())],
    );
  }

  async revoke(manager: EntityManager, enrolmentIds: readonly string[], reason: string): Promise<void> {
    if (enrolmentIds.length === 0) return;
    await manager.query(`UPDATE certificate SET revoked_at = now(), revocation_reason = $2 WHERE enrolment_id = ANY($1::uuid[]) AND revoked_at IS NULL`, [enrolmentIds, reason]);
  }
}
