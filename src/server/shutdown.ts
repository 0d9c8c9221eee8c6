import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';

/**
 * A close that ends. Node's `server.close()` waits for every open connection and closes by itself only
 * the ones idle at that moment: a connection that never sent a request (a browser opens one ahead of need)
 * is left open for ever, and one whose response is in progress stays open for the keep-alive timeout after
 * it, so `app.close()` (and a SIGTERM to `custos serve`) could hang. Here, on close: connections that never
 * sent anything are closed at once, and so are the ones that arrive meanwhile; a connection whose response
 * is in progress is closed once it has gone; after `graceMs` whatever is left is cut. Nothing runs per
 * request, only per connection.
 */
export function closeConnectionsOnClose(app: FastifyInstance, graceMs: number): void {
  const server: Server = app.server;
  const open = new Set<Socket>();
  let closing = false;
  server.on('connection', (socket: Socket) => {
    if (closing) {
      socket.destroy();
      return;
    }
    open.add(socket);
    socket.once('close', () => open.delete(socket));
  });
  app.addHook('preClose', (done) => {
    closing = true;
    for (const socket of open) if (socket.bytesRead === 0) socket.destroy();
    if (open.size > 0) {
      // Node closes the idle connections once, as the server closes; these become idle later.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      const cut = setTimeout(() => server.closeAllConnections(), graceMs);
      sweep.unref();
      cut.unref();
      server.once('close', () => (clearInterval(sweep), clearTimeout(cut)));
    }
    done();
  });
}
