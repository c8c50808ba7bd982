import { describe, expect, it } from 'vitest';
import { digest, periodStart } from '../../src/core/digest.js';
import { en } from '../../src/messages/en.js';
import { nl } from '../../src/messages/nl.js';
import { renderReportMarkdown } from '../../src/render/report-md.js';
import { renderReportText } from '../../src/render/report-text.js';
import { makeStyle } from '../../src/render/style.js';
import { assessFolder, BUNDLED, TRICKY } from '../unit/digest/register-fixture.js';

const piped = makeStyle(0, false, 80);
const terminal = makeStyle(0, true, 80);

async function bundledDigest(asOf: string, since: string) {
  return digest(await assessFolder(BUNDLED, asOf), { since });
}

describe('report text', () => {
  it('piped: ISO dates, full titles, a section per non-empty list', async () => {
    expect(renderReportText(await bundledDigest('2026-11-28', '2026-08-01'), nl, piped)).toMatchSnapshot();
  });

  it('on a terminal: dates in words, titles cut to the width', async () => {
    expect(renderReportText(await bundledDigest('2026-11-28', '2026-08-01'), en, terminal)).toMatchSnapshot();
  });

  it('colours only when the style has colour', async () => {
    const text = renderReportText(await bundledDigest('2026-11-28', '2026-08-01'), en, piped);
    expect(text).not.toMatch(/\u001b\[/);
    expect(renderReportText(await bundledDigest('2026-11-28', '2026-08-01'), en, makeStyle(1, true, 80))).toMatch(/\u001b\[/);
  });

  it('with nothing to report: one line', async () => {
    expect(renderReportText(await bundledDigest('2026-03-01', periodStart('2026-03-01', 7)), nl, piped)).toBe(
      'Niets te melden sinds 2026-02-22: niets te laat, niets binnenkort af, niets geleverd.\n',
    );
  });

  it('delivered and due soon, with how late and how many days are left', async () => {
    const news = digest(await assessFolder(TRICKY, '2026-07-10'), { since: '2026-07-01', horizon: 60 });
    expect(renderReportText(news, en, piped)).toMatchSnapshot();
  });
});

describe('report md', () => {
  it('an e-mail body: headings, bullets, dates in words', async () => {
    expect(renderReportMarkdown(await bundledDigest('2026-11-28', '2026-08-01'), nl)).toMatchSnapshot();
  });

  it('escapes Markdown in titles and links them to their source', async () => {
    const news = digest(await assessFolder(TRICKY, '2026-07-10'), { since: '2026-07-01', horizon: 60 });
    expect(renderReportMarkdown(news, en)).toMatchSnapshot();
  });

  it('with nothing to report: one line, no heading', async () => {
    expect(renderReportMarkdown(await bundledDigest('2026-03-01', '2026-02-22'), en)).toBe(
      'Nothing to report since 22 February 2026: nothing overdue, nothing due soon, nothing delivered.\n',
    );
  });
});
