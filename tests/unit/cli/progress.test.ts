import { describe, expect, it } from 'vitest';
import { fileProgress } from '../../../src/cli/progress.js';
import { messagesFor } from '../../../src/messages/index.js';

function terminal(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, write: (text: string) => written.push(text) }, written };
}

function io(stream: ReturnType<typeof terminal>['stream'], env: Record<string, string> = {}) {
  return { stderr: stream, env };
}

describe('progress of a register read', () => {
  it('says nothing for the first second, then one line rewritten in place, cleared at the end', () => {
    const { stream, written } = terminal(true);
    let now = 0;
    const progress = fileProgress(io(stream), messagesFor('nl'), () => now)!;
    for (let done = 1; done <= 2000; done += 1) {
      now = done;
      progress.onFile(done, 2000);
    }
    progress.end();
    progress.end();
    expect(written[0]).toBe('\r\x1b[2Kregister lezen: 1000 van 2000 bestanden…');
    // Redrawn every 100 ms, and once more at the last file.
    expect(written.slice(1, -1)).toHaveLength(10);
    expect(written.at(-2)).toBe('\r\x1b[2Kregister lezen: 2000 van 2000 bestanden…');
    expect(written.at(-1)).toBe('\r\x1b[2K');
  });

  it('says nothing for a read that ends within the second', () => {
    const { stream, written } = terminal(true);
    let now = 0;
    const progress = fileProgress(io(stream), messagesFor('en'), () => now)!;
    for (let done = 1; done <= 10; done += 1) progress.onFile(done, 10);
    now = 999;
    progress.end();
    expect(written).toEqual([]);
  });

  it('is nothing at all when stderr is not a terminal', () => {
    expect(fileProgress(io(terminal(false).stream), messagesFor('en'))).toBeUndefined();
  });

  it('waits TOEZEGGING_PROGRESS_AFTER seconds instead of one, and ignores a value that is not a number of seconds', () => {
    const shownAt = (value: string) => {
      const { stream, written } = terminal(true);
      let now = 0;
      const progress = fileProgress(io(stream, { TOEZEGGING_PROGRESS_AFTER: value }), messagesFor('en'), () => now)!;
      for (let done = 0; done <= 5000 && written.length === 0; done += 1) {
        now = done;
        progress.onFile(done, 5000);
      }
      return now;
    };
    expect(shownAt('0')).toBe(0);
    expect(shownAt('2.5')).toBe(2500);
    expect(shownAt('soon')).toBe(1000);
    expect(shownAt('')).toBe(1000);
  });
});
