# syntax=docker/dockerfile:1
# Build stage: compile TypeScript and build the SQLite database from seeds/.
FROM node:24-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY tsconfig.json ./
COPY src ./src
COPY test ./test
COPY bench ./bench
COPY migrations ./migrations
COPY seeds ./seeds
COPY schema ./schema
# `npm ci` runs `prepare`, which compiles to dist/.
RUN npm ci --no-audit --no-fund \
 && node dist/src/cli.js build --db /app/data/blauwdruk.db \
 && npm prune --omit=dev

# Runtime stage: only what serving needs, as an unprivileged user, database read-only.
FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DB_PATH=/app/data/blauwdruk.db
WORKDIR /app
COPY --from=build --chown=root:root /app/package.json ./
COPY --from=build --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist ./dist
COPY --from=build --chown=root:root /app/migrations ./migrations
COPY --from=build --chown=root:root /app/seeds ./seeds
COPY --from=build --chown=root:root /app/schema ./schema
COPY --from=build --chown=root:root /app/data ./data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/src/server.js"]
