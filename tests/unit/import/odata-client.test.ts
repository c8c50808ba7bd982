import { afterEach, describe, expect, test } from 'vitest';
import { fetchAllRecords, ODataError, TK_EXPAND } from '../../../src/import/tk/odata-client.js';
import { startODataServer, type ODataServer } from '../../fixtures/tk/odata-server.js';
import { rawRecords } from './helpers.js';

let server: ODataServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Records the waits instead of waiting, so retry tests run at once. */
function instantSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}

const ids = (records: unknown[]) => records.map((record) => (record as { Nummer: string }).Nummer);

describe('fetchAllRecords', () => {
  test('follows @odata.nextLink, asking for the expansions in the order of arrival in the API', async () => {
    server = await startODataServer(rawRecords('v1'), 3);
    const pages: number[] = [];
    const records = await fetchAllRecords({ url: server.url, onPage: ({ pages: n }) => void pages.push(n) });
    expect(ids(records)).toEqual(ids(rawRecords('v1')));
    expect(pages).toEqual([1, 2, 3, 4]);
    const first = new URL(server.requests[0]!, 'http://x').searchParams;
    expect(first.get('$expand')).toBe(TK_EXPAND);
    expect(first.get('$orderby')).toBe('ApiGewijzigdOp,Id');
    expect(server.requests.slice(1).every((request) => request.includes('%24skip=') || request.includes('$skip='))).toBe(true);
  });

  test('pages with $skip when $top is used and no next link comes', async () => {
    server = await startODataServer(rawRecords('v1'), 3);
    const records = await fetchAllRecords({ url: `${server.url}?$top=3` });
    expect(records).toHaveLength(10);
    expect(server.requests.map((request) => new URL(request, 'http://x').searchParams.get('$skip'))).toEqual([null, '3', '6', '9']);
  });

  test('asks only for changes after `since`', async () => {
    server = await startODataServer(rawRecords('v1'), 3);
    const records = await fetchAllRecords({ url: server.url, since: '2025-02-01T00:00:00Z' });
    expect(ids(records)).toEqual(['TZ202501-007', 'TZ202412-117', 'TZ202412-118']);
    expect(new URL(server.requests[0]!, 'http://x').searchParams.get('$filter')).toBe('ApiGewijzigdOp gt 2025-02-01T00:00:00Z');
  });

  test('records with the same ApiGewijzigdOp across page boundaries: each read exactly once', async () => {
    const same = '2025-02-01T10:00:00.1234567Z';
    const many = Array.from({ length: 11 }, (_, i) => ({ ...rawRecords('v1')[0], Id: `id-${String(i).padStart(2, '0')}`, Nummer: `TZ202502-${i + 1}`, ApiGewijzigdOp: same }));
    server = await startODataServer(many, 3);
    const viaNextLink = await fetchAllRecords({ url: server.url });
    expect(ids(viaNextLink).sort()).toEqual(ids(many).sort());
    expect(ids(viaNextLink)).toHaveLength(11);
    const viaSkip = await fetchAllRecords({ url: `${server.url}?$top=3` });
    expect(ids(viaSkip).sort()).toEqual(ids(many).sort());
  });

  test('503 then 200: retried after a backoff', async () => {
    server = await startODataServer(rawRecords('v1'), 250);
    server.failNext({ status: 503 });
    const { sleep, waits } = instantSleep();
    const records = await fetchAllRecords({ url: server.url, sleep, random: () => 1 });
    expect(records).toHaveLength(10);
    expect(waits).toEqual([1000]);
  });

  test('429 with Retry-After: waits as long as asked, then goes on', async () => {
    server = await startODataServer(rawRecords('v1'), 250);
    server.failNext({ status: 429, headers: { 'retry-after': '7' } }, { status: 502 });
    const { sleep, waits } = instantSleep();
    await fetchAllRecords({ url: server.url, sleep, random: () => 0 });
    expect(waits).toEqual([7000, 1000]);
  });

  test('gives up after the retries, and not at all on a 404', async () => {
    server = await startODataServer(rawRecords('v1'), 250);
    server.failNext(...Array.from({ length: 6 }, () => ({ status: 500 })));
    const { sleep, waits } = instantSleep();
    await expect(fetchAllRecords({ url: server.url, sleep })).rejects.toMatchObject({ failure: 'http', detail: '500 Internal Server Error' });
    expect(waits).toHaveLength(5);
    server.failNext({ status: 404 });
    await expect(fetchAllRecords({ url: server.url, sleep })).rejects.toMatchObject({ failure: 'http', detail: '404 Not Found' });
    expect(waits).toHaveLength(5);
  });

  test('an unreachable host is an "offline" failure with the system code, after a short retry', async () => {
    server = await startODataServer([], 250);
    const url = server.url;
    await server.close();
    server = undefined;
    const { sleep, waits } = instantSleep();
    const failure = await fetchAllRecords({ url, sleep }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ODataError);
    expect(failure).toMatchObject({ failure: 'offline', detail: 'ECONNREFUSED' });
    expect(waits).toHaveLength(2);
  });

  test('a response that is not OData is said to be so', async () => {
    const fetch = async () => new Response('<html>hallo</html>', { status: 200 });
    await expect(fetchAllRecords({ url: 'http://127.0.0.1:9/x', fetch })).rejects.toMatchObject({ failure: 'not-odata' });
  });
});
