import { LIMITS } from './backup-format';

/**
 * Field checks for a backup's untrusted JSON. Each returns the value with
 * its type, or throws `Invalid` naming the field's path and what is wrong,
 * so that one message can tell the user why nothing was imported.
 */

/** A backup field that is not what it should be; its message names the field. */
export class Invalid extends Error {}

/** Article and entry ids, and the part of an image id after its article's id. */
export const ID = /^[A-Za-z0-9_-]{1,64}$/;

export type Obj = Record<string, unknown>;
/** Throws `Invalid`: "<path> <what>." */
export const fail = (path: string, what: string): never => {
  throw new Invalid(`${path} ${what}.`);
};
/** True for a plain JSON object (not null, not a list). */
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An object with no field other than `allowed`. */
export function obj(v: unknown, path: string, allowed: readonly string[]): Obj {
  if (!isObj(v)) fail(path, 'should be an object');
  for (const k of Object.keys(v as Obj)) if (!allowed.includes(k)) fail(`${path}.${k}`, 'is not a known field');
  return v as Obj;
}
/** Text of at most `max` characters. */
export function str(v: unknown, path: string, max: number): string {
  if (typeof v !== 'string') return fail(path, 'should be text');
  if (v.length > max) fail(path, `is longer than ${max.toLocaleString('en')} characters`);
  return v;
}
function optStr(v: unknown, path: string, max: number): string | undefined {
  return v === undefined ? undefined : str(v, path, max);
}
/** A finite number from `min` to `max`. */
export function num(v: unknown, path: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) fail(path, 'should be a number in range');
  return v as number;
}
/** True or false. */
export function bool(v: unknown, path: string): boolean {
  if (typeof v !== 'boolean') fail(path, 'should be true or false');
  return v as boolean;
}
/** A list of at most `max` items (not checked themselves). */
export function arr(v: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(v)) return fail(path, 'should be a list');
  if (v.length > max) fail(path, `has more than ${max.toLocaleString('en')} items`);
  return v;
}
/** An http(s) address. */
export function httpUrl(v: unknown, path: string): string {
  const s = str(v, path, LIMITS.url);
  if (!/^https?:\/\//i.test(s)) fail(path, 'should be an http(s) address');
  return s;
}
/** Either `ltr`, `rtl` or absent. */
export function textDir(v: unknown, path: string): 'ltr' | 'rtl' | undefined {
  if (v !== undefined && v !== 'ltr' && v !== 'rtl') fail(path, 'should be ltr or rtl');
  return v as 'ltr' | 'rtl' | undefined;
}
/** Copies the optional string fields that are present. */
export function pickStrings<T extends string>(
  o: Obj,
  path: string,
  keys: readonly T[],
  max: number,
): Partial<Record<T, string>> {
  const out: Partial<Record<T, string>> = {};
  for (const k of keys) {
    const v = optStr(o[k], `${path}.${k}`, max);
    if (v !== undefined) out[k] = v;
  }
  return out;
}
