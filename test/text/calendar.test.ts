import t from 'tap';
import { daysInMonth, firstDayOf, lastDayOf } from '../../src/text/calendar.js';

t.test('a month ends on its last calendar day, leap years included', async (t) => {
  t.same([1, 2, 4, 12].map((m) => daysInMonth(2023, m)), [31, 28, 30, 31]);
  t.equal(daysInMonth(2024, 2), 29);
  t.equal(daysInMonth(1900, 2), 28);
  t.equal(daysInMonth(2000, 2), 29);
});

t.test('a date of reduced precision covers its whole year or month', async (t) => {
  t.same(['2023', '2024-02', '2023-06-15'].map(firstDayOf), ['2023-01-01', '2024-02-01', '2023-06-15']);
  t.same(['2023', '2024-02', '2023-02', '2023-06-15'].map(lastDayOf), ['2023-12-31', '2024-02-29', '2023-02-28', '2023-06-15']);
});
