import t from 'tap';
import { snippet } from '../../src/queries/fulltext.js';
import { escapeHtml } from '../../src/text/html.js';

t.test('escapeHtml escapes all five characters that matter in content and quoted attributes', async (t) => {
  t.equal(escapeHtml('<a href="x" title=\'y\'>&</a>'), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  t.equal(escapeHtml('plain text'), 'plain text');
});

t.test('search snippets escape apostrophes too', async (t) => {
  t.equal(snippet("camera's <b>", new Set(['camera'])), '<mark>camera</mark>&#39;s &lt;b&gt;');
});
