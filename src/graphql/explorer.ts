/**
 * The query page at /graphiql: a form that sends a GraphQL query to /graphql and shows
 * the answer. Everything it needs is in the page — no CDN, nothing fetched but /graphql —
 * under a Content-Security-Policy that allows its own inline style and script by hash
 * and connections to this origin only. Without JavaScript the form is a GET to /graphql,
 * which answers with the JSON result. (The full GraphiQL IDE needs React and the
 * `graphiql` package, which Mercurius loads from a public CDN.)
 */
import type { FastifyPluginAsync } from 'fastify';
import { html } from '../publish/html.js';
import { pagePolicy, sendPage, servedAs, shell, type PageStyle } from '../publish/layout.js';
import { pageCss } from '../publish/style.js';

/** The query the page opens with: a small nested one that shows the shape of the data. */
const EXAMPLE_QUERY = `{
  themes(first: 5) {
    totalCount
    nodes {
      id
      name
      measureCount
      measures(first: 2) { nodes { id text } }
    }
  }
}`;

const explorerCss = `${pageCss}
main{max-width:80rem}
form.query{display:grid;gap:.75rem;grid-template-columns:1fr}
@media (min-width:60rem){form.query{grid-template-columns:1fr 1fr}.result{grid-row:span 3}}
form.query label{font-weight:600;display:block}
textarea,pre.result{width:100%;font:.9rem/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:.6rem;border:2px solid var(--border);border-radius:.35rem;background:var(--surface);color:var(--text)}
textarea{resize:vertical}
textarea:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
pre.result{margin:0;min-height:20rem;overflow:auto;white-space:pre-wrap}
form.query button{justify-self:start;font:inherit;padding:.45rem 1rem;border:2px solid var(--accent);border-radius:.35rem;background:var(--accent);color:var(--bg);cursor:pointer}`;

/** Sends the form as a POST with JSON (Ctrl/Cmd+Enter too) and shows the pretty-printed answer. */
const explorerScript = `(function(){
var form=document.getElementById('query-form'),out=document.getElementById('result');
function run(event){
  if(event)event.preventDefault();
  var variables=form.variables.value.trim(),body={query:form.query.value};
  if(variables){try{body.variables=JSON.parse(variables)}catch(e){out.textContent='Variables: '+e.message;return}}
  out.textContent='…';
  fetch('/graphql',{method:'POST',headers:{'content-type':'application/json',accept:'application/graphql-response+json, application/json'},body:JSON.stringify(body)})
    .then(function(r){return r.json()})
    .then(function(j){out.textContent=JSON.stringify(j,null,2)},function(e){out.textContent=String(e)});
}
form.addEventListener('submit',run);
form.addEventListener('keydown',function(e){if(e.key==='Enter'&&(e.ctrlKey||e.metaKey))run(e)});
})();`;

const explorerStyle: PageStyle = { css: explorerCss, script: explorerScript };

/** The page's policy: the site's, plus fetches to this origin (the script POSTs to /graphql). */
export const explorerPolicy = `${pagePolicy(explorerStyle)}; connect-src 'self'`;

const page = shell({
  title: 'GraphQL · blauwdruk',
  style: explorerStyle,
  body: html`<main>
<h1>GraphQL</h1>
<p>Query the API at <code>/graphql</code>; the schema, with descriptions, is the SDL in <code>schema/schema.graphql</code>
and answers introspection. Every root list takes the filters of its REST list. <a href="/docs">REST documentation</a> · <a href="/">browse</a>.</p>
<form class="query" id="query-form" action="/graphql" method="get">
<div><label for="query">Query</label>
<textarea id="query" name="query" rows="18" spellcheck="false" required>${EXAMPLE_QUERY}</textarea></div>
<div class="result"><label for="result">Result</label>
<pre class="result" id="result" tabindex="0" aria-live="polite">Run the query (Ctrl+Enter).</pre></div>
<div><label for="variables">Variables (JSON)</label>
<textarea id="variables" name="variables" rows="4" spellcheck="false"></textarea></div>
<button type="submit">Run</button>
</form>
</main>`,
});

const explorer: FastifyPluginAsync = async (app) => {
  app.get('/graphiql', { schema: { hide: true }, ...servedAs('text/html', explorerPolicy) }, (_request, reply) => sendPage(reply, page));
};

export default explorer;
