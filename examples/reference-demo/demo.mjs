// Starts the core's reference service on a free loopback port, points the reference provider at
// it, and prints a meeting's phone participants: what every Callroll provider gives a front end.
import { collect, formatMoney, formatPhoneNumber, streamPhoneParticipants, sumMoney } from '@callroll/core';
import { createReferenceProvider, referenceMeetingIds, startReferenceServer } from '@callroll/core/reference';

const server = await startReferenceServer({ latencyMs: 5 });
const provider = createReferenceProvider({ baseURL: server.url, apiKey: server.apiKey });
try {
  const meeting = await provider.getMeeting(referenceMeetingIds.weekly);
  const phones = await collect(streamPhoneParticipants(provider, meeting.id, { pageSize: 50 }));
  console.log(`${meeting.topic} (${meeting.id}, ${meeting.status}, ${meeting.startAt?.toISOString()})`);
  console.log(`${phones.length} phone participants, fetched in ${server.requestCount - 1} requests\n`);
  const rows = phones
    .slice(0, 12)
    .map((phone) => [
      formatPhoneNumber(phone.phone, { mask: true }),
      phone.direction,
      phone.status === 'unknown' ? `unknown (${phone.rawStatus})` : phone.status,
      phone.durationSeconds === undefined ? '' : `${phone.durationSeconds} s`,
      phone.cost ? formatMoney(phone.cost) : '',
    ]);
  printTable(['number (masked)', 'direction', 'status', 'duration', 'cost'], rows);
  console.log(`… and ${phones.length - rows.length} more\n`);
  const byStatus = new Map();
  for (const phone of phones) byStatus.set(phone.status, (byStatus.get(phone.status) ?? 0) + 1);
  for (const [status, count] of byStatus) console.log(`${status.padEnd(11)} ${count}`);
  const [total] = sumMoney(phones.map((phone) => phone.cost));
  console.log(`\nTotal cost: ${total ? formatMoney(total) : 'none'}`);
} finally {
  await provider.close?.();
  await server.close();
}

function printTable(header, rows) {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(row));
}
