import type { LinkKind, Status } from '../../core/model.js';

/** A letter that fulfils a promise (`KamerbriefNakoming`). */
export interface TkLetter {
  /** The document number, e.g. `2025D12345`, or the title when there is none. */
  ref?: string;
  /** The letter's date, as the source wrote the instant. */
  date?: string;
}

/** One `Toezegging` record, with the fields the import uses; every field but `id` may be missing. */
export interface TkRecord {
  id: string;
  nummer?: string;
  aanmaakdatum?: string;
  activiteitNummer?: string;
  naam?: string;
  functie?: string;
  ministerie?: string;
  status?: string;
  datumNakoming?: string;
  tekst?: string;
  notities?: string;
  verwijderd: boolean;
  /** When the source system changed the record. */
  gewijzigdOp?: string;
  /** When that change became visible in the API: what an incremental sync pages on, since changes arrive late. */
  apiGewijzigdOp?: string;
  letters: TkLetter[];
  /** Members and parties it was promised to, in words ("Bikker (ChristenUnie)"). */
  toegezegdAan: string[];
  /** Promises this one is linked to, by their `Id` and `Nummer`. */
  links: Array<{ kind: LinkKind; id: string; nummer?: string }>;
  /** For a record read from a text of its own, that text's fingerprint (import-memory.ts). */
  fingerprint?: string;
}

/** What an import weighs a record by before it maps it: which commitment, which version, whether filtered out or deleted. */
export type RecordKeys = Pick<TkRecord, 'id' | 'nummer' | 'status' | 'ministerie' | 'verwijderd' | 'gewijzigdOp' | 'apiGewijzigdOp'>;

/**
 * A record read from a line of saved responses of its own and left there
 * (saved-file.ts), known by its keys and that line's fingerprint until the
 * import maps it: `read` reads it whole again. The import maps a month's
 * records at a time, so that it holds one month's records, not all of them.
 * Its `apiGewijzigdOp` is the record's `apiChange`, and its `month` the one
 * it is filed under (`monthOf`): what the import needs of its dates.
 */
export interface DeferredRecord extends Omit<RecordKeys, 'gewijzigdOp'> {
  readonly fingerprint: string;
  readonly month: string | undefined;
  read(): TkRecord;
}

/** A record as an import plans with it: whole, or deferred. */
export type PlanRecord = TkRecord | DeferredRecord;

export const isDeferred = (record: PlanRecord): record is DeferredRecord => 'read' in record;

/** The record whole, read again if it was deferred. */
export const wholeRecord = (record: PlanRecord): TkRecord => (isDeferred(record) ? record.read() : record);

/** The navigation property of each kind of link, as the service's entity model names them. */
export const TK_LINKS: ReadonlyArray<readonly [navigation: string, kind: LinkKind]> = [
  ['IsHerhalingVan', 'repeats'],
  ['IsWijzigingVan', 'amends'],
  ['IsAanvullingOp', 'supplements'],
  ['IsHerhaaldDoor', 'repeatedBy'],
  ['IsGewijzigdDoor', 'amendedBy'],
  ['IsAangevuldVanuit', 'supplementedBy'],
];

/**
 * The register's six statuses, spelt exactly as it spells them. The Kamer's
 * XSD names Voldaan and Deels Voldaan, the live OData gives Afgedaan and Deels
 * Afgedaan for the same thing: a promise "is afgedaan zodra de Kamer hier
 * schriftelijk het resultaat van heeft ontvangen", so Afgedaan is delivered.
 * Anything else is reported, not guessed: a case-insensitive match could take
 * a new status for an old one.
 */
export const TK_STATUSES: ReadonlyMap<string, Status> = new Map<string, Status>([
  ['Openstaand', 'open'],
  ['Voldaan', 'delivered'],
  ['Deels Voldaan', 'partial'],
  ['Afgedaan', 'delivered'],
  ['Deels Afgedaan', 'partial'],
  ['Vervallen', 'lapsed'],
]);

/** When a record last changed as far as the API is concerned; saved responses from before `ApiGewijzigdOp` have only `GewijzigdOp`. */
export const apiChange = (record: Pick<TkRecord, 'apiGewijzigdOp' | 'gewijzigdOp'>): string | undefined => record.apiGewijzigdOp ?? record.gewijzigdOp;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A navigation property expanded as a list, as one object, or (in older feeds) as plain text. */
function many(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

function letterOf(value: unknown): TkLetter | undefined {
  if (!isObject(value)) {
    const ref = text(value);
    return ref === undefined ? undefined : { ref };
  }
  if (value.Verwijderd === true) return undefined;
  const ref = text(value.DocumentNummer) ?? text(value.Nummer) ?? text(value.Titel) ?? text(value.Onderwerp);
  const date = text(value.Datum) ?? text(value.DatumRegistratie);
  return ref === undefined && date === undefined ? undefined : { ref, date };
}

function personName(persoon: Json): string | undefined {
  const surname = [text(persoon.Tussenvoegsel), text(persoon.Achternaam)].filter(Boolean).join(' ');
  return surname === '' ? undefined : surname;
}

function recipientOf(value: unknown): string | undefined {
  if (!isObject(value)) return text(value);
  const persoon = isObject(value.Persoon) ? personName(value.Persoon) : undefined;
  const fractie = isObject(value.Fractie) ? (text(value.Fractie.Afkorting) ?? text(value.Fractie.NaamNL)) : undefined;
  if (persoon && fractie) return `${persoon} (${fractie})`;
  return persoon ?? fractie;
}

/** What a deferred record is made from: its keys, and the dates its month and its change come from. */
export type RecordHead = RecordKeys & Pick<TkRecord, 'aanmaakdatum'>;

/**
 * The head of a record, read as `readRecord` reads those fields, and nothing
 * else: a first import reads every record so, to group them by month, and
 * reads each whole again when its month comes (saved-file.ts); its letters,
 * addressees and links made then as well were garbage at once. Undefined
 * where `readRecord` gives undefined.
 */
export function readRecordHead(value: unknown): RecordHead | undefined {
  if (!isObject(value)) return undefined;
  const id = text(value.Id);
  if (id === undefined) return undefined;
  return {
    id,
    nummer: text(value.Nummer),
    aanmaakdatum: text(value.Aanmaakdatum),
    ministerie: text(value.Ministerie),
    status: text(value.Status),
    verwijderd: value.Verwijderd === true,
    gewijzigdOp: text(value.GewijzigdOp),
    apiGewijzigdOp: text(value.ApiGewijzigdOp),
  };
}

/** Reads one record of a response; undefined for something that is not a record (no `Id`). */
export function readRecord(value: unknown): TkRecord | undefined {
  if (!isObject(value)) return undefined;
  const id = text(value.Id);
  if (id === undefined) return undefined;
  return {
    id,
    nummer: text(value.Nummer),
    aanmaakdatum: text(value.Aanmaakdatum),
    activiteitNummer: text(value.ActiviteitNummer),
    naam: text(value.Naam),
    functie: text(value.Functie),
    ministerie: text(value.Ministerie),
    status: text(value.Status),
    datumNakoming: text(value.DatumNakoming),
    // The text is kept as written, inner line breaks included: it is the quote.
    tekst: typeof value.Tekst === 'string' && value.Tekst.trim() !== '' ? value.Tekst.trim() : undefined,
    notities: text(value.Notities),
    verwijderd: value.Verwijderd === true,
    gewijzigdOp: text(value.GewijzigdOp),
    apiGewijzigdOp: text(value.ApiGewijzigdOp),
    letters: many(value.KamerbriefNakoming).map(letterOf).filter((letter) => letter !== undefined),
    toegezegdAan: [...new Set(many(value.ToegezegdAan).map(recipientOf).filter((name) => name !== undefined))],
    links: TK_LINKS.flatMap(([navigation, kind]) =>
      many(value[navigation]).flatMap((linked) => {
        const id = isObject(linked) && linked.Verwijderd !== true ? text(linked.Id) : undefined;
        return id === undefined ? [] : [{ kind, id, nummer: text((linked as Json).Nummer) }];
      }),
    ),
  };
}
