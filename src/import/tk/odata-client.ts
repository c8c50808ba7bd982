import { TK_LINKS } from './record.js';

/** The Tweede Kamer's open-data register of promises. */
export const TK_URL = 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Toezegging';

/**
 * The navigation properties asked for with each record: the fulfilling
 * letters (`Document`s), and the members and parties the promise was made to
 * (with their names, which `ToegezegdAan` itself only links to). The names
 * are those of the service's published entity model (`Toezegging`,
 * `Document`, `ToegezegdAan`, `Persoon`, `Fractie`); no test here reaches the
 * live service, so this is the one place to change should it rename them.
 */
export const TK_EXPAND = [
  'KamerbriefNakoming',
  'ToegezegdAan($expand=Persoon,Fractie)',
  // Linked promises: their id and number are all the import keeps.
  ...TK_LINKS.map(([navigation]) => `${navigation}($select=Id,Nummer)`),
].join(',');

/** The most records the source returns in one response. */
export const PAGE_SIZE = 250;

export type FetchFailure = 'offline' | 'timeout' | 'http' | 'not-odata' | 'loop';

/** A failure to read the source, said in one line by the command; never a stack trace. */
export class ODataError extends Error {
  override readonly name = 'ODataError';

  constructor(
    readonly failure: FetchFailure,
    readonly url: string,
    /** The HTTP status, or the system error code (`ENOTFOUND`, `ECONNREFUSED`) when the host was not reached. */
    readonly detail: string,
  ) {
    super(`${failure}: ${url} (${detail})`);
  }
}

export interface ClientOptions {
  url?: string;
  /** Only records that changed in the API after this instant: `$filter=ApiGewijzigdOp gt …`. */
  since?: string;
  fetch?: typeof globalThis.fetch;
  /** Waiting between retries; tests pass one that returns at once. */
  sleep?: (ms: number) => Promise<void>;
  /** For `Retry-After` given as a date. */
  now?: () => number;
  random?: () => number;
  timeoutMs?: number;
  retries?: number;
  onPage?: (progress: { pages: number; records: number }) => void;
}

const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504]);
const NETWORK_RETRIES = 2;
const FIRST_BACKOFF_MS = 1_000;
const LONGEST_BACKOFF_MS = 30_000;
/** A `Retry-After` longer than this is not waited out: the run fails and says so. */
const LONGEST_RETRY_AFTER_MS = 120_000;

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The order of the pages. `GewijzigdOp` is when the source system changed a
 * record, `ApiGewijzigdOp` when that change reached the API, which can be much
 * later: only the second never moves behind a sync point already passed. `Id`
 * breaks ties, so that `$skip` paging over records with the same time neither
 * skips nor repeats one.
 */
export const TK_ORDER = 'ApiGewijzigdOp,Id';

/** The first request: the user's URL (which may carry its own query) plus the expansion, the order and `since`. */
export function firstPageUrl(base: string, since: string | undefined): string {
  const url = new URL(base);
  const params = url.searchParams;
  if (!params.has('$expand')) params.set('$expand', TK_EXPAND);
  if (!params.has('$orderby')) params.set('$orderby', TK_ORDER);
  if (since !== undefined) {
    const filter = params.get('$filter');
    params.set('$filter', filter ? `(${filter}) and ApiGewijzigdOp gt ${since}` : `ApiGewijzigdOp gt ${since}`);
  }
  return withEncodedSpaces(url);
}

/** `URLSearchParams` writes a space as `+`; `%20` means a space to every server (a literal `+` is already `%2B`). */
function withEncodedSpaces(url: URL): string {
  return url.search === '' ? url.toString() : `${url.origin}${url.pathname}${url.search.replaceAll('+', '%20')}${url.hash}`;
}

/** The page after `url`, by `$skip`, for responses that stop giving a next link (as with `$top`). */
function skipPageUrl(url: string, received: number): string {
  const next = new URL(url);
  const skip = Number(next.searchParams.get('$skip') ?? '0');
  next.searchParams.set('$skip', String(skip + received));
  return withEncodedSpaces(next);
}

function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && header.trim() !== '') return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function systemCode(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  if (typeof cause?.code === 'string') return cause.code;
  return error instanceof Error ? error.message : String(error);
}

interface Page {
  records: unknown[];
  nextLink?: string;
}

type Settings = Required<Omit<ClientOptions, 'url' | 'since' | 'onPage'>>;
type Attempt = { page: Page } | { failure: ODataError; retryable: boolean; network?: boolean; waitMs?: number };

function unreachable(url: string, error: unknown, settings: Settings): Attempt {
  const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
  const detail = timedOut ? `${settings.timeoutMs / 1000} s` : systemCode(error);
  return { failure: new ODataError(timedOut ? 'timeout' : 'offline', url, detail), retryable: true, network: true };
}

async function attemptPage(url: string, settings: Settings): Promise<Attempt> {
  let response: Response;
  let body: string;
  try {
    response = await settings.fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(settings.timeoutMs) });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const failure = new ODataError('http', url, `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      const waitMs = retryAfterMs(response.headers.get('retry-after'), settings.now());
      const retryable = RETRYABLE.has(response.status) && (waitMs === undefined || waitMs <= LONGEST_RETRY_AFTER_MS);
      return { failure, retryable, waitMs };
    }
    body = await response.text();
  } catch (error) {
    return unreachable(url, error, settings);
  }
  return { page: parsePage(url, body) };
}

async function fetchPage(url: string, settings: Settings): Promise<Page> {
  for (let attempt = 0; ; attempt++) {
    const outcome = await attemptPage(url, settings);
    if ('page' in outcome) return outcome.page;
    // An unreachable host seldom comes back within seconds: a person offline should hear so soon.
    const limit = outcome.network ? Math.min(settings.retries, NETWORK_RETRIES) : settings.retries;
    if (!outcome.retryable || attempt >= limit) throw outcome.failure;
    // Jitter: many clients retrying after the same outage should not come back in step.
    const backoff = Math.min(LONGEST_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** attempt) * (0.5 + settings.random() / 2);
    await settings.sleep(outcome.waitMs ?? backoff);
  }
}

function parsePage(url: string, body: string): Page {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new ODataError('not-odata', url, 'no JSON');
  }
  const value = (json as { value?: unknown } | null)?.value;
  if (!Array.isArray(value)) throw new ODataError('not-odata', url, 'no "value" list');
  const nextLink = (json as Record<string, unknown>)['@odata.nextLink'];
  return { records: value, nextLink: typeof nextLink === 'string' ? new URL(nextLink, url).toString() : undefined };
}

/**
 * Reads every record from the source, page by page: following
 * `@odata.nextLink`, or paging with `$skip` when a full page came without
 * one. Retries timeouts, network errors, 429 and 5xx with exponential
 * backoff (or the `Retry-After` the server asks for).
 */
export async function fetchAllRecords(options: ClientOptions = {}): Promise<unknown[]> {
  const settings: Settings = {
    fetch: options.fetch ?? globalThis.fetch,
    sleep: options.sleep ?? defaultSleep,
    now: options.now ?? Date.now,
    random: options.random ?? Math.random,
    timeoutMs: options.timeoutMs ?? 60_000,
    retries: options.retries ?? 5,
  };
  const records: unknown[] = [];
  const seen = new Set<string>();
  let pages = 0;
  for (let url: string | undefined = firstPageUrl(options.url ?? TK_URL, options.since); url !== undefined; ) {
    if (seen.has(url)) throw new ODataError('loop', url, 'next page is a page already read');
    seen.add(url);
    const page = await fetchPage(url, settings);
    pages += 1;
    for (const record of page.records) records.push(record);
    options.onPage?.({ pages, records: records.length });
    const top: string | null = new URL(url).searchParams.get('$top');
    const full: boolean = page.records.length > 0 && page.records.length >= Math.min(PAGE_SIZE, top === null ? PAGE_SIZE : Number(top));
    url = page.nextLink ?? (full ? skipPageUrl(url, page.records.length) : undefined);
  }
  return records;
}
