/**
 * The one stylesheet family of the browse pages, the cards and the SVG fallback: shared
 * colour tokens (light and dark, WCAG AA against their backgrounds), then page- and
 * card-specific rules. Everything is inlined; nothing is fetched.
 */

const lightTokens = `--bg:#ffffff;--surface:#f4f5f7;--text:#1b1f27;--muted:#4b5363;--accent:#0a58b0;
--border:#cfd4dc;--mark-bg:#ffe27a;--mark-text:#1b1f27;--before:#6f7888;--after:#0a58b0;--band:#0a58b0`;
const darkTokens = `--bg:#14171d;--surface:#1d222a;--text:#e9ecf1;--muted:#b3bac6;--accent:#8ec5ff;
--border:#3a414d;--mark-bg:#7a5d00;--mark-text:#fff8dc;--before:#9aa3b2;--after:#8ec5ff;--band:#8ec5ff`;

/**
 * Colour tokens; dark values apply under `prefers-color-scheme: dark`, unless the root
 * element fixes a theme (`data-theme="light"` or `"dark"`, a card's `?theme=`), which
 * wins by specificity whatever the reader's preference.
 */
export const tokens = `
:root{color-scheme:light dark;${lightTokens}}
@media (prefers-color-scheme:dark){:root{${darkTokens}}}
:root[data-theme=light]{color-scheme:light;${lightTokens}}
:root[data-theme=dark]{color-scheme:dark;${darkTokens}}`;

const base = `${tokens}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--text);font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
a{color:var(--accent);text-underline-offset:.15em}
a:focus-visible,button:focus-visible,input:focus-visible,summary:focus-visible{outline:3px solid var(--accent);outline-offset:2px;border-radius:2px}
mark{background:var(--mark-bg);color:var(--mark-text);padding:0 .15em;border-radius:.2em}
.muted{color:var(--muted)}
.chips{display:flex;flex-wrap:wrap;gap:.35rem;list-style:none;margin:.5rem 0 0;padding:0}
.chip{display:inline-block;border:1px solid var(--border);border-radius:999px;padding:.05rem .6rem;font-size:.85rem;color:var(--muted);background:var(--surface)}
a.chip{color:var(--accent)}
.chart svg{display:block;width:100%;height:auto;max-width:28rem}
.chart text{fill:var(--text);font:600 13px system-ui,sans-serif}
.chart .axis{stroke:var(--border);stroke-width:2}
.chart .before{fill:var(--before)}
.chart .after,.chart .band{fill:var(--after)}
.chart .label{fill:var(--muted);font-weight:400}
.chart .actual{fill:var(--after);stroke:var(--after)}
.chart .target{fill:var(--bg);stroke:var(--after);stroke-width:2.5;stroke-dasharray:4 3}
.chart .forecast{fill:var(--bg);stroke:var(--before);stroke-width:2;stroke-dasharray:1.5 2.5}
.chart .unknown{fill:var(--before);stroke:var(--before)}
.chart .range{stroke-width:3;fill:none}
.chart .range.target,.chart .range.forecast{fill:none}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:1rem 0 0;font-size:.9rem}
dl.meta dt{color:var(--muted)}
dl.meta dd{margin:0;min-width:0;overflow-wrap:anywhere}
blockquote.quote{margin:1rem 0 0;padding:.25rem 0 .25rem 1rem;border-left:4px solid var(--border);font-size:1.05rem}
blockquote.quote p{margin:0}`;

/** Browse pages: header with navigation, a readable column, lists of measures. */
export const pageCss = `${base}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.5rem;z-index:1}
header.site{border-bottom:1px solid var(--border);background:var(--surface)}
header.site .inner,main,footer.site .inner{max-width:60rem;margin:0 auto;padding:1rem}
header.site .inner{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;justify-content:space-between}
.brand{font-weight:700;font-size:1.25rem;text-decoration:none;color:var(--text)}
nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0}
form.search{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:1rem 0}
form.search label{display:block;font-weight:600;width:100%}
form.search input{flex:1 1 14rem;font:inherit;padding:.45rem .6rem;border:2px solid var(--muted);border-radius:.35rem;background:var(--bg);color:var(--text)}
form.search button{font:inherit;padding:.45rem 1rem;border:2px solid var(--accent);border-radius:.35rem;background:var(--accent);color:var(--bg);cursor:pointer}
h1{font-size:1.8rem;line-height:1.2;margin:.5rem 0 1rem}
h2{font-size:1.3rem;margin:2rem 0 .5rem}
ul.cards{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:.75rem}
ul.cards li{border:1px solid var(--border);border-radius:.5rem;padding:.75rem;background:var(--surface)}
ol.measures{list-style:none;padding:0;margin:0}
ol.measures>li{border-top:1px solid var(--border);padding:1rem 0}
.measure-text{margin:0}
.figures{margin:.5rem 0 0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:.5rem}
.figures a{font-weight:600}
footer.site{border-top:1px solid var(--border);margin-top:3rem;font-size:.9rem;color:var(--muted)}
table{border-collapse:collapse;width:100%;margin:1rem 0}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--border)}
caption{text-align:left;font-weight:600;padding:.25rem 0}
.table-scroll{overflow-x:auto;max-width:100%}
figure{margin:1rem 0}
figure.map svg{display:block;width:100%;height:auto;max-width:36rem}
.map .country{fill:var(--surface);stroke:var(--muted);stroke-width:1.2;stroke-linejoin:round}
.map .place{fill:var(--accent);fill-opacity:.85;stroke:var(--bg);stroke-width:1.5}
.map .place.current{fill:var(--mark-bg);fill-opacity:1;stroke:var(--text);stroke-width:2.5}
.map text{fill:var(--text);font:600 14px system-ui,sans-serif;paint-order:stroke;stroke:var(--bg);stroke-width:3px;stroke-linejoin:round}
.map a:focus-visible .place,.bars a:focus-visible .bar{stroke:var(--text);stroke-width:3}
.map a:hover .place,.bars a:hover .bar{fill:var(--text)}
figure.chart.bars svg,svg.chart{display:block;width:100%;height:auto;max-width:40rem}
.bars .bar{fill:var(--accent)}
.bars text{font-weight:400}
ul.series{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1rem}
ul.series figure{margin:0}
.figure-list li{margin:.25rem 0}
nav.toc ol{padding-left:1.25rem}
nav.themes .chips a[aria-current]{background:var(--accent);color:var(--bg);border-color:var(--accent)}
.chip .count{font-variant-numeric:tabular-nums}
nav.pager ul{display:flex;flex-wrap:wrap;gap:.25rem .75rem;list-style:none;padding:0;margin:1.5rem 0 .25rem}
nav.pager a{display:inline-block;padding:.2rem .5rem;border:1px solid var(--border);border-radius:.3rem}
nav.pager a[aria-current]{background:var(--accent);color:var(--bg);border-color:var(--accent);font-weight:700}
nav.pager p{margin:0;font-size:.9rem}
.compare-chart .legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:0 0 .5rem;padding:0;list-style:none;font-size:.9rem}
.compare-chart .legend svg{vertical-align:-1px;margin-right:.35rem}`;

/** Embeddable cards: one compact, responsive panel that fills its iframe. */
export const cardCss = `${base}
body{background:transparent;padding:.5rem}
.card{background:var(--bg);border:1px solid var(--border);border-radius:.75rem;padding:1rem 1.25rem;max-width:40rem;margin:0 auto}
.eyebrow{margin:0;font-size:.8rem;letter-spacing:.04em;text-transform:uppercase;color:var(--muted)}
.card h1{margin:.25rem 0 0;font-size:1.15rem;line-height:1.3}
.card h1.value{font-size:clamp(1.8rem,6vw,2.6rem);line-height:1.1}
.card h1 .unit{font-size:.55em;font-weight:600;color:var(--muted)}
.card h1 .subject{display:block;font-size:.45em;font-weight:700;color:var(--text)}
table.points{width:100%;border-collapse:collapse;margin-top:.75rem;font-size:.9rem}
table.points th,table.points td{text-align:left;padding:.3rem .4rem;border-top:1px solid var(--border);vertical-align:top}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:.4rem 0 0;padding:0;list-style:none;font-size:.85rem;color:var(--muted)}
.legend svg{width:14px;height:14px;vertical-align:-2px;margin-right:.3rem}
.change{margin:.25rem 0 0;font-weight:600}
.chart{margin:.75rem 0 0}
.card-footer{margin-top:1rem;display:flex;flex-wrap:wrap;gap:.25rem 1rem;justify-content:space-between;font-size:.85rem}
@media (max-width:24rem){.card{padding:.75rem}dl.meta{grid-template-columns:1fr}dl.meta dd{margin-bottom:.3rem}}`;

/** The standalone SVG carries its own copy of the tokens, since an SVG image cannot see the embedding page's styles. */
export const svgCss = `${tokens}
.bg{fill:var(--bg);stroke:var(--border)}
text{fill:var(--text);font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.eyebrow,.label,.source{fill:var(--muted)}
.value{font-weight:700}
.axis{stroke:var(--border);stroke-width:2}
.before{fill:var(--before)}
.after,.band{fill:var(--after)}
.subject{font-weight:700}
.actual{fill:var(--after);stroke:var(--after)}.target{fill:var(--bg);stroke:var(--after);stroke-width:2.5;stroke-dasharray:4 3}.forecast{fill:var(--bg);stroke:var(--before);stroke-width:2;stroke-dasharray:1.5 2.5}.unknown{fill:var(--before);stroke:var(--before)}.range{stroke-width:3;fill:none}.range.target,.range.forecast{fill:none}`;
