/**
 * A town standing for its prison in a text about prisons (session 16, actors20; the devset's
 * convention since fresh8), in invented sentences with the seed gazetteer: in a sentence about inmates
 * or capacity, and later in the same text; the town where the text is not about prisons, after "van"
 * or a government noun, or after the institution's own noun and "in"; a town with two prisons.
 */
import t from 'tap';
import { compileGazetteer, extractMentions } from '../../src/ingest/entities.js';
import { readBuildInputs } from '../../src/ingest/sources.js';
import { defaultSeedsDir } from '../../src/paths.js';

const matcher = compileGazetteer(readBuildInputs(defaultSeedsDir).gazetteer);
const mentions = (text: string) => extractMentions(text, matcher).map((m) => [m.quote, m.entityId]);

t.test('in a text about prisons a town in a sentence about inmates or capacity is its prison, and stays so', async (t) => {
  t.same(mentions('De gevangenissen zitten vol. In Mechelen is plaats voor 80 gevangenen. Daarna volgt Hasselt (capaciteit van 450). Ook scoort Mechelen slecht.'), [
    ['Mechelen', 'gevangenis-mechelen'],
    ['Hasselt', 'gevangenis-hasselt'],
    ['Mechelen', 'gevangenis-mechelen'],
  ]);
  t.same(mentions('De overbevolking in de gevangenissen is het grootst in Lantin, waar 283 gevangenen te veel zitten.'), [['Lantin', 'gevangenis-lantin']]);
});

t.test('the same town stays the town elsewhere', async (t) => {
  t.same(mentions('In Mechelen is plaats voor 80 bezoekers in de nieuwe zaal.'), [['Mechelen', 'mechelen']], 'no prison in the text');
  t.same(mentions('De burgemeester van Mechelen bezocht de gevangenis met 80 gevangenen.'), [['Mechelen', 'mechelen']], 'after "van"');
  t.same(mentions('Het landbouwcentrum in Ruiselede kampt niet met overbevolking, de gevangenis wel.'), [['Ruiselede', 'ruiselede']], 'after the institution\'s own noun and "in"');
  t.same(mentions('In de gevangenis aan de Begijnenstraat in Antwerpen zitten 750 gevangenen.'), [['Antwerpen', 'antwerpen']], 'after the institution\'s noun, its street and "in" (bug: the prison; fresh36 467)');
  t.same(mentions('De gevangenis is vol: in Leuven zitten 300 gevangenen.'), [['Leuven', 'leuven']], 'a town with two prisons');
  t.same(mentions('De gevangenis telt 300 gevangenen. In Hasselt daalt de criminaliteit.'), [['Hasselt', 'hasselt']], 'a sentence about something else');
  t.same(mentions('De gevangenis is vol: de Mechelse cellen tellen 80 gevangenen.'), [['Mechelse', 'mechelen']], 'a town\'s adjective');
});

t.test('a youth institution and a detention centre by their towns, in a text about them', async (t) => {
  t.same(mentions('Er was geen plaats in de gemeenschapsinstelling van Everberg. Zodra er plaats was in Everberg, gingen ze naar Everberg.'), [
    ['gemeenschapsinstelling van Everberg', 'gemeenschapsinstelling-de-grubbe'],
    ['Everberg', 'gemeenschapsinstelling-de-grubbe'],
    ['Everberg', 'gemeenschapsinstelling-de-grubbe'],
  ]);
  t.same(mentions('Het Vlaams detentiecentrum Tongeren kreeg 3 extra plaatsen; de overloopcapaciteit van Tongeren blijft beperkt.'), [
    ['Vlaams detentiecentrum Tongeren', 'de-wijngaard'],
    ['Tongeren', 'de-wijngaard'],
  ]);
  t.same(mentions('De gemeenschapsinstelling is vol. In Tongeren is er geen plaats meer voor de jongeren.'), [['Tongeren', 'tongeren']], 'no institution of that noun in Tongeren');
  t.same(mentions('In juni besliste de Vlaamse ministerraad over de plaatsen.'), [['Vlaamse ministerraad', 'vlaamse-regering']]);
});

t.test('the Ruiselede prison by its own name, the one penitentiary farm centre (people21)', async (t) => {
  t.same(mentions('Het penitentiair landbouwcentrum telt meer gedetineerden dan bedden.'), [['penitentiair landbouwcentrum', 'gevangenis-ruiselede']]);
  t.same(mentions('Het Penitentiair Landbouwcentrum van Ruiselede is een open gevangenis.'), [['Penitentiair Landbouwcentrum van Ruiselede', 'gevangenis-ruiselede']]);
  t.same(mentions('Het landbouwcentrum van de provincie organiseert een opendeurdag.'), [], 'a farm centre without "penitentiair" is none');
});

t.test('floor sleepers are inmates, and a town with a bare count in brackets goes on counting the inmates of the sentence before (fresh16: "Ook Oudenaarde (22) en Mechelen (8)" were towns)', async (t) => {
  t.same(mentions('De gevangenissen zitten vol. Antwerpen telt 59 grondslapers. Ook Oudenaarde (22) en Mechelen (8) blijven getroffen.'), [
    ['Antwerpen', 'gevangenis-antwerpen'],
    ['Oudenaarde', 'gevangenis-oudenaarde'],
    ['Mechelen', 'gevangenis-mechelen'],
  ]);
  t.same(mentions('De gevangenis telt 59 grondslapers. Ook in Mechelen daalt de criminaliteit.'), [['Mechelen', 'mechelen']], 'no count in brackets: a sentence of its own');
  t.same(mentions('De gevangenis telt 59 grondslapers. Het museum van Mechelen (1200) trok bezoekers.'), [['Mechelen', 'mechelen']], 'after "van" it stays the town');
});
