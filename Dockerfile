# syntax=docker/dockerfile:1
# Build stage: compile TypeScript and build the SQLite database from seeds/.
FROM node:24-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
COPY src ./src
COPY migrations ./migrations
COPY seeds ./seeds
COPY schema ./schema
# A fixed SOURCE_DATE_EPOCH makes the database byte-identical across image builds.
ARG SOURCE_DATE_EPOCH
# `npm ci` runs `prepare`, which compiles src/ to dist/ (tsconfig's test/ and bench/ are not copied, so not compiled)
# and bundles the server into dist/src/server.bundle.mjs (esbuild, a devDependency: pruned after).
RUN npm ci --no-audit --no-fund \
 && node dist/src/cli.js build --db /app/data/blauwdruk.db \
 && npm prune --omit=dev

# Runtime stage: only what serving needs, as an unprivileged user; the database is read-only.
# The server runs as one bundled file and its chunks (dist/src/server.bundle*.mjs; starts in well under
# a second); it keeps V8's compile cache in /tmp/blauwdruk-compile-cache (src/compile-cache.ts), so a
# container's restarts skip compiling it (its first start writes it; with a read-only /tmp it starts
# without). dist/src holds it beside the
# compiled modules the CLI runs (node dist/src/cli.js) and whose digest the ETags carry, and
# node_modules what the bundle loads at run time: better-sqlite3, jsonld and n3 (first Turtle
# request), the GraphiQL, React and API documentation files, world-atlas.
FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DB_PATH=/app/data/blauwdruk.db
# Set PUBLIC_URL (e.g. https://api.example.org) when deploying, so absolute URLs never come from a Host header.
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist/src ./dist/src
COPY --from=build /app/schema ./schema
# The start checks the database against the migrations' journal (src/db/check.ts).
COPY --from=build /app/migrations ./migrations
COPY --from=build /app/data ./data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/src/server.bundle.mjs"]
