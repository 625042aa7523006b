/** SHA-256 in pure JS (runs in Node and in a browser worker alike). */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export function sha256Hex(data: Uint8Array | string): string {
  return bytesToHex(sha256(typeof data === 'string' ? utf8ToBytes(data) : data));
}

/** A short stable id fragment: the first 12 hex digits of the text's SHA-256. */
export function shortHash(text: string): string {
  return sha256Hex(text).slice(0, 12);
}
