import { createHmac, timingSafeEqual } from 'node:crypto';

const ID_BYTES = 16;
const MAC_BYTES = 32;
/** 22 characters of the feed id and 43 of its MAC, both base64url. */
const TOKEN = /^[A-Za-z0-9_-]{65}$/;

function mac(secret: string, feedId: string): Buffer {
  return createHmac('sha256', secret).update(`calendar-feed:${feedId}`).digest();
}

/** The secret in a feed's address: its id and a MAC of it, so the id alone opens nothing. */
export function feedToken(secret: string, feedId: string): string {
  const id = Buffer.from(feedId.replace(/-/g, ''), 'hex');
  return `${id.toString('base64url')}${mac(secret, feedId).toString('base64url')}`;
}

/** The feed id a token names, when its MAC is right; null for anything else. */
export function feedIdOf(secret: string, token: string): string | null {
  if (!TOKEN.test(token)) return null;
  const id = Buffer.from(token.slice(0, 22), 'base64url');
  const given = Buffer.from(token.slice(22), 'base64url');
  // One spelling per token: base64url's unused last bits must be zero, as feedToken writes them.
  if (id.length !== ID_BYTES || given.length !== MAC_BYTES || `${id.toString('base64url')}${given.toString('base64url')}` !== token) return null;
  const hex = id.toString('hex');
  const feedId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return timingSafeEqual(given, mac(secret, feedId)) ? feedId : null;
}
