import { readFileSync } from 'node:fs';
import { readRecord, type TkRecord } from '../../../src/import/tk/record.js';

export const FIXTURES = new URL('../../fixtures/tk/', import.meta.url);

export function rawRecords(version: 'v1' | 'v2'): Array<Record<string, unknown>> {
  return JSON.parse(readFileSync(new URL(`records-${version}.json`, FIXTURES), 'utf8')) as Array<Record<string, unknown>>;
}

export function records(version: 'v1' | 'v2'): TkRecord[] {
  return rawRecords(version).map((raw) => readRecord(raw)!);
}

export function record(version: 'v1' | 'v2', nummer: string): TkRecord {
  const found = records(version).find((candidate) => candidate.nummer === nummer);
  if (!found) throw new Error(`no ${nummer} in ${version}`);
  return found;
}
