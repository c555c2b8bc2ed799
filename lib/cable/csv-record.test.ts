import { describe, expect, it } from 'vitest';
import { CsvRecordSplitter, isCsvDump, readCsvRecord } from './csv-record';

const record = (row: string) =>
  `${row}2008-01-02 03:04:05\t08MASERU12\tEmbassy Maseru\tSECRET\t08STATE999\tVZCZCX\\\nFM AMEMBASSY MASERU\tS E C R E T MASERU 000012 \\\n\\\n1. (S) Body. \\\nDOE`;

describe('CSV dumps', () => {
  it('recognises a record line with continuation backslashes, with or without a row number', () => {
    expect(isCsvDump(record(''))).toBe(true);
    expect(isCsvDump(record('42\t'))).toBe(true);
    expect(isCsvDump('2008-01-02 03:04:05 not a record\\\n')).toBe(false);
    expect(isCsvDump('1. (S) A cable.\n')).toBe(false);
  });

  it('splits the first record into metadata, routing header and body', () => {
    const out = readCsvRecord(`${record('7\t')}\n\n8\t${record('')}`);
    expect(out?.records).toBe(2);
    expect(out?.pageMeta).toEqual({
      date: '2008-01-02 03:04:05',
      id: '08MASERU12',
      origin: 'Embassy Maseru',
      classification: 'SECRET',
    });
    expect(out?.headerText).toBe('VZCZCX\nFM AMEMBASSY MASERU');
    expect(out?.bodyText).toBe('S E C R E T MASERU 000012\n\n1. (S) Body.\nDOE');
  });

  it('unquotes quoted fields', () => {
    const out = readCsvRecord('2008-01-02 03:04:05\t08MASERU12\t"Embassy ""Maseru"""\tSECRET\t\t"Body text"');
    expect(out?.pageMeta.origin).toBe('Embassy "Maseru"');
    expect(out?.bodyText).toBe('Body text');
    expect(out?.headerText).toBeNull();
  });

  it('returns null when the fields are not there', () => {
    expect(readCsvRecord('2008-01-02 03:04:05\t08MASERU12\tonly three\n')).toBeNull();
    expect(readCsvRecord('plain text')).toBeNull();
  });
});

describe('CsvRecordSplitter', () => {
  it('yields every record of a dump fed in any chunks', () => {
    const dump = [1, 2, 3].map((n) => record(`${n}\t`).replace('08MASERU12', `08MASERU1${n}`)).join('\n');
    for (const size of [1, 7, 50, dump.length]) {
      const splitter = new CsvRecordSplitter();
      const records: string[] = [];
      for (let i = 0; i < dump.length; i += size) records.push(...splitter.push(dump.slice(i, i + size)));
      records.push(...splitter.end());
      expect(records.map((r) => readCsvRecord(r)?.pageMeta.id)).toEqual([
        '08MASERU11',
        '08MASERU12',
        '08MASERU13',
      ]);
    }
  });
});
