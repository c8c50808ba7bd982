// Writes N records of the Tweede Kamer's `Toezegging` entity as NDJSON, shaped like the live
// OData (expanded letters and addressees, the 0001-01-01 sentinel, both change times), for
// timing `import tk --from`. The texts mix the deadline forms the register really uses (a date,
// a season, a recess, an event, none), so the deadline finder does the work it does on real data.
// By default they come from eight templates and a year, 28 distinct texts in all, which an
// import's memo of each text's deadline flatters; `texts: 'distinct'` names a subject, a motion
// and a parliamentary paper in each, so that nearly every text is new, as in the real register.
import { writeFileSync } from 'node:fs';

const SENTINEL = '0001-01-01T00:00:00Z';
const STATUSES = ['Openstaand', 'Openstaand', 'Openstaand', 'Afgedaan', 'Voldaan', 'Deels Afgedaan', 'Vervallen'];
const MINISTRIES = ['Justitie en Veiligheid', 'Financiën', 'Landbouw, Visserij, Voedselzekerheid en Natuur', 'Onderwijs, Cultuur en Wetenschap', 'Volksgezondheid, Welzijn en Sport'];
const PARTIES = [['Vedder', 'CDA'], ['Bikker', 'ChristenUnie'], ['Kröger', 'GroenLinks-PvdA'], ['Van der Plas', 'BBB'], ['Dassen', 'Volt']];
const TEXTS = [
  (y) => `De minister stuurt de Kamer voor het zomerreces ${y} een brief over de voortgang van de uitvoering.`,
  (y) => `De staatssecretaris informeert de Kamer in het najaar van ${y} over de resultaten van de evaluatie.`,
  (y) => `De minister zegt toe de Kamer in de eerste helft van ${y} te informeren over de uitkomsten van het onderzoek.`,
  () => 'De minister gaat in gesprek met de sector over de uitvoering van de regeling en koppelt dit terug.',
  (y) => `De Kamer ontvangt voor het einde van ${y} een reactie op het advies van de Raad van State.`,
  () => 'De minister informeert de Kamer voor het commissiedebat over de stand van zaken.',
  (y) => `De staatssecretaris stuurt rond Prinsjesdag ${y} de uitwerking van de maatregelen naar de Kamer.`,
  () => 'De minister zal de Kamer op korte termijn informeren over de gevolgen voor de regio.',
];

const SUBJECTS = [
  'de stikstofaanpak',
  'het mestbeleid',
  'de wachtlijsten in de jeugdzorg',
  'de hersteloperatie toeslagen',
  'het lerarentekort',
  'de capaciteit van de IND',
  'de gaswinning in Groningen',
  'de netcongestie',
  'de huurtoeslag',
  'het gevangeniswezen',
  'de digitale overheid',
  'de zorgverzekering',
  'de asielopvang',
];
const ORGANISATIONS = ['het CPB', 'de Algemene Rekenkamer', 'de Raad van State', 'het SCP', 'de Onderwijsraad', 'de Gezondheidsraad', 'het RIVM'];

/** What makes record `n`'s text its own: a subject, who advised and which motion and paper it follows from (13 × 7 × 5 × 997 × 89 combinations). */
const particulars = (n, surname) =>
  ` Het gaat om ${SUBJECTS[n % SUBJECTS.length]} en het advies van ${ORGANISATIONS[n % ORGANISATIONS.length]} (motie-${surname}, Kamerstuk ${36_000 + (n % 997)}, nr. ${(n % 89) + 1}).`;

const pad = (n, width = 2) => String(n).padStart(width, '0');

/**
 * Record `n` of `count`: numbered within its month, `version` changes the text of every tenth
 * record (an update run); `texts: 'distinct'` gives nearly every record a text of its own.
 */
export function tkRecord(n, { version = 1, texts = 'repeated' } = {}) {
  const year = 2019 + Math.floor(n / 12_000) % 7;
  const month = Math.floor(n / 1_000) % 12 + 1;
  const day = (n % 27) + 1;
  const status = STATUSES[n % STATUSES.length];
  const delivered = status === 'Afgedaan' || status === 'Voldaan' || status === 'Deels Afgedaan';
  const [surname, party] = PARTIES[n % PARTIES.length];
  const changed = version > 1 && n % 10 === 0;
  const tekst = TEXTS[n % TEXTS.length](year + 1) + (texts === 'distinct' ? particulars(n, surname) : '') + (changed ? ` (bijgewerkt in versie ${version})` : '');
  return {
    Id: `00000000-0000-4000-8000-${pad(n, 12)}`,
    Nummer: `TZ${year}${pad(month)}-${pad(n % 1_000 + 1, 3)}`,
    Aanmaakdatum: `${year}-${pad(month)}-${pad(day)}T10:00:00+01:00`,
    ActiviteitNummer: `${year}A${pad(n % 10_000, 5)}`,
    Naam: 'Jansen, P.',
    Functie: `minister van ${MINISTRIES[n % MINISTRIES.length]}`,
    Ministerie: MINISTRIES[n % MINISTRIES.length],
    Status: status,
    DatumNakoming: n % 5 === 0 ? `${year + 1}-${pad(month)}-${pad(day)}T00:00:00+01:00` : SENTINEL,
    Tekst: tekst,
    Notities: null,
    Verwijderd: false,
    GewijzigdOp: `${year}-${pad(month)}-${pad(day)}T12:00:00+01:00`,
    ApiGewijzigdOp: `${year}-${pad(month)}-${pad(day)}T11:00:0${changed ? version : 0}.5Z`,
    KamerbriefNakoming: delivered
      ? [{ Id: `d-${n}`, Soort: 'Brief regering', DocumentNummer: `${year + 1}D${pad(n % 100_000, 5)}`, Titel: 'Kamerbrief', Datum: `${year + 1}-${pad(month)}-${pad(day)}T00:00:00+01:00`, Verwijderd: false }]
      : [],
    ToegezegdAan: [{ Persoon: { Achternaam: surname, Tussenvoegsel: null }, Fractie: { Afkorting: party } }],
  };
}

export function writeTkRecords(path, count, options = {}) {
  const lines = [];
  for (let n = 0; n < count; n++) lines.push(JSON.stringify(tkRecord(n, options)));
  writeFileSync(path, `${lines.join('\n')}\n`);
}
