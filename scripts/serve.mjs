#!/usr/bin/env node
// The production server (started by scripts/start.mjs): Next's request handler behind a plain
// Node HTTP server, so the app learns each request's real TCP peer. `next start` cannot tell it:
// Next only adds X-Forwarded-For when the client did not send one, so that header is whatever the
// client says. lib/auth/client-ip.ts reads the peer header and, only when TRUSTED_PROXY_COUNT is
// set, the proxies' X-Forwarded-For entries.
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";

// Must match PEER_ADDRESS_HEADER in lib/auth/client-ip.ts.
const PEER_ADDRESS_HEADER = "x-crisisnote-peer-address";
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT ?? 3000);

/** Replaces any header of that name the client sent with the socket's own peer address. */
function stampPeerAddress(request) {
  const kept = [];
  for (let i = 0; i < request.rawHeaders.length; i += 2) {
    if (request.rawHeaders[i].toLowerCase() !== PEER_ADDRESS_HEADER) kept.push(request.rawHeaders[i], request.rawHeaders[i + 1]);
  }
  const peer = request.socket.remoteAddress ?? "";
  request.rawHeaders.splice(0, request.rawHeaders.length, ...kept, PEER_ADDRESS_HEADER, peer);
  request.headers[PEER_ADDRESS_HEADER] = peer;
}

const app = next({ dev: false, dir: root, hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  // A client that hangs up mid-request (a page left while it loads) is not an error of ours; as
  // `next start` does, keep it from surfacing as an uncaught exception.
  request.on("error", () => undefined);
  response.on("error", () => undefined);
  stampPeerAddress(request);
  handle(request, response).catch((error) => {
    console.error("Request failed", error instanceof Error ? error.message : error);
    if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain" });
    response.end("Something went wrong.");
  });
});
server.listen(port, () => console.log(`Crisisnote is ready on http://localhost:${port}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Open keep-alive connections would hold close() up; do not wait for them for long.
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
