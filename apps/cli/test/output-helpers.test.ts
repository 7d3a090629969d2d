import { Writable } from 'node:stream';
import { csvField, csvRow } from '@callroll/core';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { messagesEn } from '../src/i18n/messages-en.js';
import { messagesZhCn } from '../src/i18n/messages-zh-cn.js';
import type { Column } from '../src/output/column.js';
import { createCsvWriter } from '../src/output/csv-writer.js';
import { displayWidth, fitCell } from '../src/output/display-width.js';
import { createProgress } from '../src/output/progress.js';
import { createTableWriter } from '../src/output/table-writer.js';
import { TextSink } from '../src/output/text-sink.js';

/** A stream that takes one chunk at a time, slowly: a reader slower than the listing. */
function slowStream(chunks: string[]) {
  return new Writable({
    highWaterMark: 16,
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString());
      setTimeout(callback, 1);
    },
  });
}

describe('CSV fields', () => {
  it('quotes what RFC 4180 says to quote and a parser reads back every value', () => {
    const values = ['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\rlf', '', '年度全员大会 · 电话接入'];
    const line = values.map((value) => csvField(value, false)).join(',');
    expect(parse(`${line}\r\n`)).toEqual([values]);
  });

  it('defuses formulas in free text only, leaving numbers and phone numbers alone', () => {
    expect(csvField('=HYPERLINK("http://x")', true)).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('@SUM(A1)', true)).toBe(`'@SUM(A1)`);
    expect(csvField('+86 13800001111', false)).toBe('+86 13800001111');
    expect(csvField(-1, false)).toBe('-1');
    expect(csvField(null, true)).toBe('');
  });

  it('writes a row with CRLF, booleans as words and the guard only in free-text columns', () => {
    expect(csvRow(['=1', '=1', true, false, null, 2.5], [false, true])).toBe("=1,'=1,true,false,,2.5\r\n");
  });
});

describe('terminal widths', () => {
  it('counts CJK and emoji as two columns and combining marks as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('腾讯会议')).toBe(8);
    expect(displayWidth('会议 🎉')).toBe(7);
    expect(displayWidth('e\u0301')).toBe(1);
  });

  it('pads, aligns and cuts only what may be cut', () => {
    expect(fitCell('ab', 4, 'left', false)).toBe('ab  ');
    expect(fitCell('ab', 4, 'right', false)).toBe('  ab');
    expect(fitCell('腾讯会议室', 7, 'left', true)).toBe('腾讯会…');
    expect(fitCell('+86 13800001111', 5, 'left', false)).toBe('+86 13800001111');
    // An emoji sequence is one character: cut before it or after it, never inside.
    expect(fitCell('👨‍👩‍👧👨‍👩‍👧x', 4, 'left', true)).toBe('👨‍👩‍👧… ');
  });
});

describe('writers', () => {
  const columns: Column<{ n: number; topic: string }>[] = [
    { key: 'n', title: 'n', value: (row) => row.n, align: 'right' },
    { key: 'topic', title: 'topic', value: (row) => row.topic, freeText: true },
    { key: 'empty', title: 'empty', value: () => null },
  ];

  it('waits for a slow reader (backpressure) and keeps every row whole and in order', async () => {
    const chunks: string[] = [];
    const sink = TextSink.forStream(slowStream(chunks));
    const writer = createCsvWriter(sink, columns);
    let waited = 0;
    // 40 pages of 50 rows, each page arriving a moment after the last, as a listing's do.
    for (let page = 0; page < 40; page++) {
      await new Promise((resolve) => setImmediate(resolve));
      for (let n = page * 50; n < page * 50 + 50; n++) {
        const pending = writer.write({ n, topic: `topic, ${n}` });
        if (pending) {
          waited++;
          await pending;
        }
      }
    }
    await writer.finish();
    await sink.close();
    expect(waited).toBeGreaterThan(0);
    const rows = parse(chunks.join(''), { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => Number(row.n))).toEqual([...Array(2000).keys()]);
    for (const chunk of chunks) expect(chunk.endsWith('\r\n')).toBe(true);
    // A page's rows reach the stream in a write or two (split where it waited), not one each.
    expect(chunks.length).toBeLessThanOrEqual(81);
  });

  it('hands a long run of rows on every 64 KiB, and the bytes written count what is still gathered', async () => {
    const chunks: string[] = [];
    const sink = TextSink.forStream(slowStream(chunks));
    for (let n = 0; n < 300; n++) void sink.write(`${'x'.repeat(199)}\n`);
    expect(chunks.length).toBe(0);
    for (let n = 300; n < 1000; n++) void sink.write(`${'x'.repeat(199)}\n`);
    expect(chunks.length).toBe(1);
    expect(sink.bytes).toBe(200_000);
    await sink.close();
    expect(chunks.join('')).toHaveLength(200_000);
    expect(chunks.length).toBeGreaterThanOrEqual(3);
  });

  it('aligns a table and leaves out columns with no value when the table fits in its sample', async () => {
    const chunks: string[] = [];
    const sink = TextSink.forStream(slowStream(chunks));
    const writer = createTableWriter(sink, columns, '(none)');
    for (const row of [
      { n: 1, topic: '周会' },
      { n: 100, topic: 'weekly' },
    ])
      await writer.write(row);
    await writer.finish();
    await sink.close();
    expect(chunks.join('')).toBe('  n  topic\n---  ------\n  1  周会\n100  weekly\n');
  });
});

describe('progress bar', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A terminal on standard error that records what is drawn. */
  function terminal(writes: string[], isTTY: boolean) {
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        writes.push(chunk.toString());
        callback();
      },
    });
    return Object.assign(stream, { isTTY, columns: 80 });
  }

  it('draws on a terminal only, at most ten times a second, and clears itself', async () => {
    vi.useFakeTimers();
    const writes: string[] = [];
    const progress = await createProgress(terminal(writes, true), true, messagesEn, 'en');
    vi.advanceTimersByTime(1000);
    progress.update(500, 1000);
    // A hundred updates in a second.
    for (let n = 1; n <= 100; n++) {
      vi.advanceTimersByTime(10);
      progress.update(500 + n * 5, 1000);
    }
    progress.stop();
    const draws = writes.filter((text) => text.includes(' rows '));
    expect(draws.length).toBeGreaterThan(1);
    // Ten a second, besides the first rows and the last ones drawn at stop.
    expect(draws.length).toBeLessThanOrEqual(12);
    expect(draws[0]).toBe('[##########----------] 500 / 1,000 rows  500/s');
    expect(draws.at(-1)).toContain('[####################] 1,000 / 1,000 rows');
    // Erases its line and leaves no timer behind to keep the process alive.
    expect(writes.at(-1)).toBe('\x1b[2K');
    expect(vi.getTimerCount()).toBe(0);

    const piped: string[] = [];
    const quiet = await createProgress(terminal(piped, false), true, messagesEn, 'en');
    quiet.update(1, 2);
    quiet.stop();
    const disabled = await createProgress(terminal(piped, true), false, messagesEn, 'en');
    disabled.update(1, 2);
    disabled.stop();
    expect(piped).toEqual([]);
  });

  it('cuts a long line to the terminal width by display width, without a bar when no total is known', async () => {
    vi.useFakeTimers();
    const writes: string[] = [];
    const narrow = Object.assign(terminal(writes, true), { columns: 20 });
    const progress = await createProgress(narrow, true, messagesZhCn, 'zh-CN');
    vi.advanceTimersByTime(1000);
    progress.update(123456, undefined, '会议 1/2');
    progress.stop();
    const line = writes.find((text) => text.startsWith('会议'));
    expect(line).toBe('会议 1/2  123,456 …');
    expect(displayWidth(line ?? '')).toBeLessThan(20);
  });
});
