import type { FixtureServer, ReceivedRequest } from './server';

/**
 * Firefox's own service traffic (remote settings, telemetry, safe browsing…), which the proxy sees too. None
 * of it can come from ClauseMark, whose requests would name other hosts or the fixture server's unknown paths.
 */
const BROWSER_OWN = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)(:\d+)?$/;

/** Requests that reached the fixture server's proxy for anything but the fixture sites and Firefox's own hosts. */
export function foreignViaProxy(server: FixtureServer): ReceivedRequest[] {
  const fixtures = [server.origin, server.crossOrigin];
  return server.received.filter((r) => {
    if (!r.viaProxy) return false;
    const u = new URL(r.url);
    if (BROWSER_OWN.test(u.host)) return false;
    return !fixtures.includes(u.origin);
  });
}

/** Requests to the fixture sites for paths no fixture page asked for (favicon probes aside). */
export function unexpectedFixtureRequests(server: FixtureServer, known: RegExp): ReceivedRequest[] {
  return server.received.filter((r) => {
    const u = new URL(r.url);
    return (
      [server.origin, server.crossOrigin].includes(u.origin) &&
      u.pathname !== '/favicon.ico' &&
      !known.test(u.pathname)
    );
  });
}
