import { describe, expect, it } from 'vitest';
import { cleanSubject, subjectTitle } from './subject';

describe('cleanSubject', () => {
  it.each([
    ['THE PLAN FOR FOOBARREF: A. FOOBAR 12', 'THE PLAN FOR FOOBAR', 'A. FOOBAR 12'],
    ['THE PLAN REF: FOOBAR 12', 'THE PLAN', 'FOOBAR 12'],
    ['THE PLAN REF A) FOOBAR 12', 'THE PLAN', 'A) FOOBAR 12'],
    ['The plan Ref(s): A) Foobar 12', 'The plan', 'A) Foobar 12'],
    ['THE PLAN FOR FOOBARClassified By: A. Person', 'THE PLAN FOR FOOBAR', null],
    ['THE PLAN \\ FOR FOOBAR \\', 'THE PLAN FOR FOOBAR', null],
    ['(C) THE PLAN (S)', '(C) THE PLAN', null],
    ['PREFERENCES OF THE REFORMERS', 'PREFERENCES OF THE REFORMERS', null],
  ])('%s', (raw, subject, ref) => {
    expect(cleanSubject(raw)).toEqual({ subject, ref });
  });
});

describe('subjectTitle', () => {
  it.each([
    ['MINISTER MEETS THE U.S. AMBASSADOR', 'Minister Meets the U.S. Ambassador'],
    ["FOOBAR: THE UK'S VIEW OF NATO", "Foobar: The UK's View of NATO"],
    ['A/S VISIT TO THE MFA -- NEXT STEPS', 'A/S Visit to the MFA -- Next Steps'],
    ['PART II OF THE G-8 PLAN', 'Part II of the G-8 Plan'],
    ['THE PRESIDENT-ELECT', 'The President-Elect'],
    ['(C) THE TALKS IN CAIRO', '(C) The Talks in Cairo'],
    ['THE USE OF CLUBS; xxxxxxxxxxxx', 'The Use of Clubs; xxxxxxxxxxxx'],
  ])('%s -> %s', (subject, title) => {
    expect(subjectTitle(subject)).toBe(title);
  });

  it('leaves a subject that is not all capitals alone', () => {
    expect(subjectTitle('Minister meets the Ambassador')).toBeNull();
    expect(subjectTitle(null)).toBeNull();
  });
});
