import { BlockList, isIP } from 'node:net';

// BlockList also matches IPv4-mapped IPv6 addresses (`::ffff:127.0.0.1`) against the IPv4 subnet.
const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/**
 * Whether `hostname` (as in `URL.hostname`, IPv6 possibly in brackets) names this machine: `localhost`,
 * 127.0.0.0/8 or ::1. Used to allow plain `http://` only where nothing crosses a network.
 */
export function isLoopbackHost(hostname: string): boolean {
  let host = hostname.trim().toLowerCase();
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host === 'localhost') return true;
  const family = isIP(host);
  if (family === 4) return loopback.check(host, 'ipv4');
  if (family === 6) return loopback.check(host, 'ipv6');
  return false;
}
