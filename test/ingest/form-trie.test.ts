/**
 * The matcher's cost does not depend on the gazetteer's size: the trie follows at most
 * (tokens × longest form) edges, so a gazetteer ten times larger, with forms that share
 * their first words with the text, does no more work per character of text.
 */
import t from 'tap';
import { compileGazetteer, extractMentions } from '../../src/ingest/entities.js';
import { FormTrie, type TrieStats } from '../../src/ingest/form-trie.js';
import { matchTokens } from '../../src/text/tokens.js';
import { actorEntrySchema, locationEntrySchema } from '../../src/ingest/gazetteer.js';

const sentence = 'De lokale politie van Brugge en de federale politie patrouilleren in de haven van Zeebrugge. ';

/** A gazetteer of n places and n police zones whose forms start with words of the text ("politie", "haven van"). */
function syntheticGazetteer(n: number) {
  const locations = [
    locationEntrySchema.parse({ id: 'brugge', name: 'Brugge', kind: 'municipality' }),
    locationEntrySchema.parse({ id: 'zeebrugge', name: 'Zeebrugge', kind: 'district', parent: 'brugge' }),
  ];
  const actors = [actorEntrySchema.parse({ id: 'federale-politie', name: 'federale politie', kind: 'organisation' })];
  for (let i = 0; i < n; i++) {
    locations.push(locationEntrySchema.parse({ id: `plaats-${i}`, name: `Plaats${i}`, kind: 'municipality', aliases: [`haven van Plaats${i}`] }));
    actors.push(actorEntrySchema.parse({ id: `zone-${i}`, name: `politie Plaats${i}`, kind: 'organisation', aliases: [`lokale politie van Plaats${i}`] }));
  }
  return { locations, actors };
}

function stepsPerChar(n: number, text: string): number {
  const stats: TrieStats = { steps: 0 };
  extractMentions(text, compileGazetteer(syntheticGazetteer(n)), { stats });
  return stats.steps / text.length;
}

t.test('trie steps per character stay constant when the gazetteer grows tenfold', async (t) => {
  const text = sentence.repeat(200);
  const small = stepsPerChar(100, text);
  const large = stepsPerChar(1000, text);
  t.ok(small > 0, 'the walk does work');
  t.equal(large, small, `steps per character: ${small.toFixed(3)} with 100 entries, ${large.toFixed(3)} with 1000`);
});

t.test('trie steps grow linearly with the text', async (t) => {
  const gazetteer = compileGazetteer(syntheticGazetteer(300));
  const steps = (repeats: number) => {
    const stats: TrieStats = { steps: 0 };
    extractMentions(sentence.repeat(repeats), gazetteer, { stats });
    return stats.steps;
  };
  t.equal(steps(400), 4 * steps(100));
});

t.test('the trie matches whole tokens and treats whitespace runs as one space', async (t) => {
  const trie = new FormTrie<string>();
  trie.add('haven van zeebrugge', 'site');
  trie.add('cd&v', 'party');
  trie.add('brugge', 'city');
  const hits = (text: string) => trie.findAll(matchTokens(text)).map((h) => `${text.slice(h.start, h.end)}=${h.value}`);
  t.same(hits('de haven  van\nzeebrugge'), ['haven  van\nzeebrugge=site']);
  t.same(hits('bruggestraat en zeebrugge'), [], 'no match inside a longer word');
  t.same(hits('cd&v en cd & v'), ['cd&v=party'], 'symbols must be written together as in the form');
  t.same(hits("brugge's haven"), ['brugge=city']);
});

t.test('a hyphen between two words counts as the space between them', async (t) => {
  const trie = new FormTrie<string>();
  trie.add('brussel-noord', 'zone');
  trie.add('west vlaanderen', 'province');
  const hits = (text: string) => trie.findAll(matchTokens(text)).map((h) => `${text.slice(h.start, h.end)}=${h.value}`);
  t.same(hits('brussel noord en brussel-noord'), ['brussel noord=zone', 'brussel-noord=zone']);
  t.same(hits('oost- en west-vlaanderen'), ['west-vlaanderen=province']);
  t.same(hits('brussel - noord'), [], 'a hyphen set off by spaces is a dash, not a joiner');
  t.same(hits('voor brussel- noord en brussel-\nnoord'), ['brussel- noord=zone', 'brussel-\nnoord=zone'], 'a compound broken after its hyphen is still one name');
  t.same(hits('brussel- en noordwest'), [], 'a hyphen left open before a conjunction ends a suspended compound');
});

t.test('"&" and "en" are one key on both sides of the trie', async (t) => {
  const trie = new FormTrie<string>();
  trie.add('politiezone waasmunde en veldrik', 'zone');
  trie.add('dienst opvang & terugkeer', 'service');
  const hits = (text: string) => trie.findAll(matchTokens(text)).map((h) => `${text.slice(h.start, h.end)}=${h.value}`);
  t.same(hits('de politiezone waasmunde & veldrik'), ['politiezone waasmunde & veldrik=zone'], 'an "&" in the text finds a form with "en"');
  t.same(hits('de dienst opvang en terugkeer'), ['dienst opvang en terugkeer=service'], 'an "en" in the text finds a form with "&"');
  t.same(hits('politiezone waasmunde of veldrik'), [], 'another conjunction is not "en"');
  t.same(hits('waasmunde&veldrik'), [], 'an "&" glued between words is not the spaced word "en"');
});

t.test('the same tokens walked again give the same hits, a copy the caller may change; a form added since is found', async (t) => {
  const trie = new FormTrie<string>();
  trie.add('haven van zeebrugge', 'site');
  const tokens = matchTokens('de haven van zeebrugge en brugge');
  const first = trie.findAll(tokens);
  first.pop();
  t.same(trie.findAll(tokens).map((h) => h.value), ['site'], 'the cached hits are not the ones handed out');
  trie.add('brugge', 'city');
  t.same(trie.findAll(tokens).map((h) => h.value), ['site', 'city'], 'a form added after the walk');
  const stats: TrieStats = { steps: 0 };
  trie.findAll(tokens, stats);
  t.ok(stats.steps > 0, 'a walk with stats counts its steps');
});
