/** Paging and tables of contents of long measure lists: pure helpers. */
import t from 'tap';
import { listHref, pageCount, pageOfIndex, pageWindow, PAGE_SIZE, parsePage, sectionsOf } from '../../src/publish/outline.js';

t.test('page numbers', async (t) => {
  t.equal(parsePage(undefined), 1, 'no parameter: the first page');
  for (const ok of ['1', '2', '999999']) t.equal(parsePage(ok), Number(ok), ok);
  for (const bad of ['0', '-1', '1.5', 'x', '', '01', '1e3', '9999999']) t.equal(parsePage(bad), null, `"${bad}" is not a page`);
  t.equal(pageCount(0), 1, 'an empty list is one (empty) page');
  t.equal(pageCount(PAGE_SIZE), 1);
  t.equal(pageCount(PAGE_SIZE + 1), 2);
  t.equal(pageOfIndex(0), 1);
  t.equal(pageOfIndex(PAGE_SIZE - 1), 1);
  t.equal(pageOfIndex(PAGE_SIZE), 2);
});

t.test('the pager shows the ends and the pages around the current one', async (t) => {
  t.same(pageWindow(1, 1), [1]);
  t.same(pageWindow(1, 4), [1, 2, 3, 4]);
  t.same(pageWindow(10, 20), [1, null, 8, 9, 10, 11, 12, null, 20]);
  t.same(pageWindow(1, 20), [1, 2, 3, null, 20]);
  t.same(pageWindow(20, 20), [1, null, 18, 19, 20]);
});

t.test('list links carry the filter, and the first page is the plain path', async (t) => {
  t.equal(listHref('/browse/programmes/p', { page: 1 }), '/browse/programmes/p');
  t.equal(listHref('/browse/programmes/p', { page: 3 }), '/browse/programmes/p?page=3');
  t.equal(listHref('/browse/themes/drugs', { theme: undefined, location: 'gent', page: 2 }), '/browse/themes/drugs?location=gent&page=2');
  t.equal(listHref('/x', { theme: 'a b&c', page: 1 }), '/x?theme=a+b%26c', 'values encoded');
});

t.test('sections are runs of one document and heading', async (t) => {
  const outline = [
    { id: 'm1', document: 'd1', documentTitle: 'D1', section: null },
    { id: 'm2', document: 'd1', documentTitle: 'D1', section: 'A' },
    { id: 'm3', document: 'd1', documentTitle: 'D1', section: 'A' },
    { id: 'm4', document: 'd2', documentTitle: 'D2', section: 'A' },
    { id: 'm5', document: 'd2', documentTitle: 'D2', section: null },
  ];
  t.same(sectionsOf(outline).map((s) => [s.document, s.title, s.start, s.firstId, s.count]), [
    ['d1', null, 0, 'm1', 1],
    ['d1', 'A', 1, 'm2', 2],
    ['d2', 'A', 3, 'm4', 1],
    ['d2', null, 4, 'm5', 1],
  ], 'the same heading in another document is another section');
});
