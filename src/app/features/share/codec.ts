// Share links carry a diagnosis in the URL fragment, which browsers never send to a server:
//   #/s/1.<base64url of zlib-deflated JSON>
// "1" is the format version. The zlib format ends with a checksum of the data, so a link that
// was edited or damaged does not unpack into a different diagnosis: it is refused.
// Everything read from a link is hostile until proven otherwise: the
// decoder bounds every size (the link, the inflated data, each string and list) and checks the
// shape field by field before anything is shown.

import {
  ACTIONS,
  ACTORS,
  PROVIDERS,
  REASONS,
  SMTP_COMMANDS,
  SPAN_KINDS,
  type SpanKind,
} from '../../../core/types';
import type { SharedDiagnosis, SharedResult } from './types';

export const LINK_PREFIX = '#/s/';
export const VERSION = 1;
/** Fragment characters we accept at all (a link this long is not one we made). */
export const MAX_FRAGMENT = 64 * 1024;
/** Inflated JSON we accept: guards against data that expands enormously. */
export const MAX_JSON = 512 * 1024;
/** The largest value of each kind a link may carry; the builder keeps within them too. */
export const FIELD_LIMITS = {
  text: 400 * 1024,
  results: 100,
  string: 8 * 1024,
  spans: 50,
  host: 255,
  ip: 64,
  address: 320,
  feedbackType: 64,
  article: 128,
  providerCode: 32,
  mailSystem: 128,
  subject: 998,
} as const;
const MAX_TEXT = FIELD_LIMITS.text;
const MAX_RESULTS = FIELD_LIMITS.results;
const MAX_STRING = FIELD_LIMITS.string;
const MAX_SPANS = FIELD_LIMITS.spans;

export class LinkError extends Error {
  readonly code = 'bad-link';
}

// ---------------------------------------------------------------------------------------------
// base64url

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text))
    throw new LinkError('The link contains characters a Bounce Lens link never has: it was changed or cut.');
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    throw new LinkError('The link is damaged: its data cannot be decoded.');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// compression

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new LinkError('The link holds more data than a shared diagnosis ever does; it was not opened.');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  return pipe(bytes, new CompressionStream('deflate'), Number.MAX_SAFE_INTEGER);
}

export async function inflate(bytes: Uint8Array, limit = MAX_JSON): Promise<Uint8Array> {
  try {
    return await pipe(bytes, new DecompressionStream('deflate'), limit);
  } catch (error) {
    if (error instanceof LinkError) throw error;
    throw new LinkError('The link is damaged or cut short: its data cannot be unpacked.');
  }
}

// ---------------------------------------------------------------------------------------------
// encode / decode

export async function encodeShare(diagnosis: SharedDiagnosis): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(diagnosis));
  return `${LINK_PREFIX}${VERSION}.${toBase64Url(await deflate(json))}`;
}

/** The diagnosis in a link's fragment; throws LinkError with a message for people otherwise. */
export async function decodeShare(fragment: string): Promise<SharedDiagnosis> {
  if (fragment.length > MAX_FRAGMENT)
    throw new LinkError('This link is far longer than any Bounce Lens link; it was not opened.');
  if (!fragment.startsWith(LINK_PREFIX)) throw new LinkError('This is not a Bounce Lens share link.');
  const body = fragment.slice(LINK_PREFIX.length);
  const dot = body.indexOf('.');
  const version = dot > 0 ? body.slice(0, dot) : '';
  if (!/^\d{1,3}$/.test(version))
    throw new LinkError('This link has no format version: it was changed or cut.');
  if (Number(version) !== VERSION) {
    throw new LinkError(
      `This link uses format ${version}, which this version of Bounce Lens cannot read. Reload the page to get the latest version.`,
    );
  }
  const bytes = await inflate(fromBase64Url(body.slice(dot + 1)));
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new LinkError('The link is damaged: its data is not readable.');
  }
  return validate(data);
}

// ---------------------------------------------------------------------------------------------
// validation: the shape, field by field

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (what: string): never => {
  throw new LinkError(`The link's data is not a valid diagnosis (${what}).`);
};

function str(o: Obj, key: string, max = MAX_STRING): string {
  const v = o[key];
  if (typeof v !== 'string' || v.length > max) fail(key);
  return v as string;
}
function strOrNull(o: Obj, key: string, max = MAX_STRING): string | null {
  return o[key] === null || o[key] === undefined ? null : str(o, key, max);
}
function count(o: Obj, key: string): number {
  const v = o[key];
  if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > 1_000_000) fail(key);
  return v as number;
}
function bool(o: Obj, key: string): boolean {
  if (typeof o[key] !== 'boolean') fail(key);
  return o[key] as boolean;
}
function oneOf<T extends string>(o: Obj, key: string, allowed: readonly T[], nullable = false): T | null {
  const v = o[key];
  if (nullable && (v === null || v === undefined)) return null;
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) fail(key);
  return v as T;
}

function server(o: Obj, key: string): SharedResult['remoteServer'] {
  const v = o[key];
  if (v === null || v === undefined) return null;
  if (!isObj(v)) return fail(key);
  return { host: strOrNull(v, 'host', FIELD_LIMITS.host), ip: strOrNull(v, 'ip', FIELD_LIMITS.ip) };
}

function result(v: unknown, textLength: number): SharedResult {
  if (!isObj(v)) return fail('result');
  const who = v.whoMustAct;
  if (!isObj(who)) fail('whoMustAct');
  const whoObj = who as Obj;
  const spansIn = v.spans;
  if (!Array.isArray(spansIn) || spansIn.length > MAX_SPANS) fail('spans');
  const spans = (spansIn as unknown[]).map((s) => {
    if (!isObj(s)) return fail('span');
    const kind = oneOf(s, 'kind', SPAN_KINDS) as SpanKind;
    const { start, end } = s;
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(end) ||
      (start as number) < 0 ||
      (end as number) < (start as number) ||
      (end as number) > textLength
    )
      fail('span offsets');
    return { kind, start: start as number, end: end as number };
  });
  const status = str(v, 'status', 16);
  if (status && !/^[245]\.\d{1,3}\.\d{1,3}$/.test(status)) fail('status');
  const reply = strOrNull(v, 'replyCode', 3);
  if (reply !== null && !/^[245]\d\d$/.test(reply)) fail('replyCode');
  const primary = oneOf(whoObj, 'primary', ACTORS) as SharedResult['whoMustAct']['primary'];
  const secondary = oneOf(whoObj, 'secondary', ACTORS, true);
  return {
    recipient: strOrNull(v, 'recipient', FIELD_LIMITS.address),
    originalRecipient: strOrNull(v, 'originalRecipient', FIELD_LIMITS.address),
    action: oneOf(v, 'action', ACTIONS, true),
    status,
    statusInferred: bool(v, 'statusInferred'),
    replyCode: reply,
    reason: oneOf(v, 'reason', REASONS) as SharedResult['reason'],
    hardBounce: bool(v, 'hardBounce'),
    permanence: oneOf(v, 'permanence', ['permanent', 'temporary'] as const, true),
    remoteServer: server(v, 'remoteServer'),
    reportingServer: server(v, 'reportingServer'),
    smtpCommand: oneOf(v, 'smtpCommand', SMTP_COMMANDS, true),
    diagnosticText: str(v, 'diagnosticText'),
    provider: oneOf(v, 'provider', PROVIDERS, true),
    whoMustAct: secondary ? { primary, secondary } : { primary },
    spans,
    feedbackType: strOrNull(v, 'feedbackType', FIELD_LIMITS.feedbackType),
    article: strOrNull(v, 'article', FIELD_LIMITS.article),
    providerCode: strOrNull(v, 'providerCode', FIELD_LIMITS.providerCode),
  };
}

export function validate(data: unknown): SharedDiagnosis {
  if (!isObj(data)) return fail('not an object');
  if (data.v !== VERSION) fail('version');
  const text = str(data, 'text', MAX_TEXT);
  const results = data.results;
  if (!Array.isArray(results) || results.length === 0 || results.length > MAX_RESULTS) fail('results');
  const masked = data.masked;
  if (!isObj(masked)) fail('masked');
  const m = masked as Obj;
  return {
    v: VERSION,
    text,
    mailSystem: strOrNull(data, 'mailSystem', FIELD_LIMITS.mailSystem),
    subject: strOrNull(data, 'subject', FIELD_LIMITS.subject),
    results: (results as unknown[]).map((r) => result(r, text.length)),
    masked: {
      addresses: bool(m, 'addresses'),
      original: bool(m, 'original'),
      excerpt: bool(m, 'excerpt'),
      omitted: count(m, 'omitted'),
    },
  };
}
