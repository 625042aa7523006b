/** SHA-256 in pure JS (runs in Node and in a browser worker alike). */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export function sha256Hex(data: Uint8Array | string): string {
  return bytesToHex(sha256(typeof data === 'string' ? utf8ToBytes(data) : data));
}

/**
 * A short stable id fragment (12 hex digits, 48 bits) for record ids. Not cryptographic: ids are
 * made for every project, flag and cluster, and a SHA-256 per id cost more than the parse itself.
 * Two independent 32-bit FNV-1a style lanes keep collisions rare; callers that need uniqueness still check (uniqueId).
 */
export function shortHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b) >>> 0;
  h2 = Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35) >>> 0;
  return h1.toString(16).padStart(8, '0') + (h2 & 0xffff).toString(16).padStart(4, '0');
}
