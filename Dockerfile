# OAP in a container: built once in the first stage, run from the production folder of
# `pnpm --filter @oap/api deploy --prod` (the built API, the built admin, the SQL migrations and
# production dependencies only) in the second. See compose.yaml for two processes behind a proxy.

FROM node:20-bookworm-slim AS build
# corepack fails on the project's machines ("No compatible signature found"); npm installs pnpm.
RUN npm install -g pnpm@10.34.9
WORKDIR /src
# The store is filled from the lockfile alone, so this layer stays cached until a dependency changes.
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
COPY patches ./patches
RUN pnpm fetch
COPY . .
RUN pnpm install --frozen-lockfile --offline
RUN pnpm build
RUN pnpm --filter @oap/api deploy --prod --offline /opt/oap

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    DATA_DIR=/var/lib/oap
# Only the embedded database (no DATABASE_URL) writes here; mount a volume on it to keep it.
RUN mkdir -p /var/lib/oap && chown node:node /var/lib/oap
WORKDIR /opt/oap
# Owned by root and read-only to the server: it runs as the image's unprivileged node user.
COPY --from=build /opt/oap /opt/oap
USER node
EXPOSE 4000
# The slim image has no curl: node itself asks /readyz (200 once the database answers). Six
# retries (a minute) cover the start-up and its migrations instead of --start-period, which
# dockerfilelint 1.8 misreads as an unknown --start option (its pattern stops at the dash).
HEALTHCHECK --interval=10s --timeout=3s --retries=6 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/main.js"]
