/**
 * Embedding (issue 13 §1): the oEmbed HTML carries the listener that sizes the iframe to
 * the height the card reports, and cards take `theme=light|dark|auto`.
 */
import { runInNewContext } from 'node:vm';
import t from 'tap';
import { seedApp } from '../helpers/dataset.js';

const ORIGIN = 'http://localhost';

/** The figure card the tests embed: the first figure of the dataset. */
async function firstCard(app: Awaited<ReturnType<typeof seedApp>>) {
  const id = (await app.inject('/v1/figures?limit=1')).json().data[0].id as string;
  return `${ORIGIN}/embed/figures/${id}`;
}

interface FakeFrame {
  contentWindow: object;
  style: { height?: string };
}

/** Runs the oEmbed snippet's script against a fake embedding page and returns how to send it messages. */
function embeddingPage(script: string, frames: FakeFrame[]) {
  let listener: ((event: unknown) => void) | undefined;
  const window: Record<string, unknown> = {
    addEventListener: (type: string, fn: (event: unknown) => void) => {
      if (type === 'message') listener = fn;
    },
    document: { getElementsByTagName: (name: string) => (name === 'iframe' ? frames : []) },
  };
  window.window = window;
  runInNewContext(script, window);
  return (event: { origin: string; source: object; data: unknown }) => listener!(event);
}

t.test('the oEmbed HTML sizes its iframe to the height the card reports', async (t) => {
  const app = await seedApp(t);
  const card = await firstCard(app);
  const { html } = (await app.inject(`/oembed?url=${encodeURIComponent(card)}`)).json();
  t.match(html, /^<iframe [^>]+><\/iframe><script>/);
  const script = /<script>([\s\S]*)<\/script>$/.exec(html)![1]!;
  const [ours, other] = [{ contentWindow: {}, style: {} }, { contentWindow: {}, style: {} }] as FakeFrame[];
  const send = embeddingPage(script, [other!, ours!]);
  send({ origin: ORIGIN, source: ours!.contentWindow, data: { type: 'blauwdruk:resize', height: 612.4 } });
  t.equal(ours!.style.height, '613px', 'the iframe that reported takes its height');
  t.equal(other!.style.height, undefined, 'other iframes keep theirs');
  send({ origin: 'https://evil.example', source: ours!.contentWindow, data: { type: 'blauwdruk:resize', height: 10 } });
  t.equal(ours!.style.height, '613px', 'messages from another origin are ignored');
  send({ origin: ORIGIN, source: ours!.contentWindow, data: { type: 'other', height: 10 } });
  send({ origin: ORIGIN, source: ours!.contentWindow, data: { type: 'blauwdruk:resize', height: '10' } });
  t.equal(ours!.style.height, '613px', 'other messages are ignored');
  send({ origin: ORIGIN, source: ours!.contentWindow, data: { type: 'blauwdruk:resize', height: 1e9 } });
  t.equal(ours!.style.height, '4000px', 'heights are bounded');
  const card2 = (await app.inject(card.replace(ORIGIN, ''))).body;
  t.match(card2, "postMessage({type:'blauwdruk:resize'", 'the card reports its height');
});

t.test('cards take theme=light|dark|auto', async (t) => {
  const app = await seedApp(t);
  const path = (await firstCard(app)).replace(ORIGIN, '');
  for (const theme of ['light', 'dark'] as const) {
    const res = await app.inject(`${path}?theme=${theme}`);
    t.equal(res.statusCode, 200, theme);
    t.match(res.body, `<html lang="nl" data-theme="${theme}">`, `${theme}: fixed on the root`);
    t.match(res.body, `<meta name="color-scheme" content="${theme}">`);
    t.match(res.body, `:root[data-theme=${theme}]{color-scheme:${theme};`, `${theme}: its colours win over the reader's preference`);
  }
  for (const url of [`${path}?theme=auto`, path, `${path}?utm_source=x`]) {
    const res = await app.inject(url);
    t.equal(res.statusCode, 200, url);
    t.match(res.body, '<html lang="nl">', `${url}: the reader's preference`);
    t.match(res.body, '<meta name="color-scheme" content="light dark">');
  }
  const bad = await app.inject(`${path}?theme=purple`);
  t.equal(bad.statusCode, 400);
  t.equal(bad.json().parameter, 'theme');
});

t.test('oEmbed passes the theme on to the card', async (t) => {
  const app = await seedApp(t);
  const card = await firstCard(app);
  const dark = (await app.inject(`/oembed?url=${encodeURIComponent(card)}&theme=dark`)).json();
  const path = card.replace(ORIGIN, '');
  t.match(dark.html, new RegExp(`^<iframe src="http://localhost(:80)?${path}\\?theme=dark"`));
  const auto = (await app.inject(`/oembed?url=${encodeURIComponent(card)}&theme=auto`)).json();
  t.match(auto.html, new RegExp(`^<iframe src="http://localhost(:80)?${path}"`));
  t.equal((await app.inject(`/oembed?url=${encodeURIComponent(card)}&theme=purple`)).statusCode, 400);
});
