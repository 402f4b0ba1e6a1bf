import type { FastifyPluginAsync } from 'fastify';
import browse from './browse.js';
import cards from './cards.js';
import catalog from './catalog.js';
import cite from './cite.js';
import dumpRoute from './dump.js';
import { openDump } from './dump-file.js';
import oembed from './oembed.js';
import problemPages from './problem-pages.js';
import seriesCards from './series-card.js';

/**
 * Publishing: DCAT-AP catalogue, SQLite dump, citations, embeddable cards (figures,
 * measures, series), oEmbed, the browse pages and the pages of the problem types. The dump is opened once here (and
 * hashed on first use), since both the download and the catalogue (byte size, checksum) describe it.
 */
const publish: FastifyPluginAsync = async (app) => {
  const dump = openDump(app.dbFd);
  app.addHook('onClose', () => dump.close());
  await app.register(catalog, { dump });
  await app.register(dumpRoute, { dump });
  await app.register(cite);
  await app.register(cards);
  await app.register(seriesCards);
  await app.register(oembed);
  await app.register(browse);
  await app.register(problemPages);
};

export default publish;
