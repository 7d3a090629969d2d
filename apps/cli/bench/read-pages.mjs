// The baseline of export.bench.mjs: reads the same pages the same way as `callroll phones`
// (the Tencent provider, the core's streamPages, four pages in flight) and writes nothing.
import { streamPages } from '@callroll/core';
import { tencentMeetingProviderFactory } from '@callroll/provider-tencent';

const [meetingId, times] = process.argv.slice(2);
const settings = {
  appId: process.env.CALLROLL_TENCENT_APP_ID,
  secretId: process.env.CALLROLL_TENCENT_SECRET_ID,
  secretKey: process.env.CALLROLL_TENCENT_SECRET_KEY,
  operatorId: process.env.CALLROLL_TENCENT_OPERATOR_ID,
  baseURL: process.env.CALLROLL_TENCENT_BASE_URL,
  requestsPerMinute: Number(process.env.CALLROLL_TENCENT_REQUESTS_PER_MINUTE),
};
const provider = tencentMeetingProviderFactory.create(settings);
let rows = 0;
for (let round = 0; round < Number(times); round++) {
  const pages = streamPages(
    ({ cursor, signal }) => provider.listPhoneParticipants(meetingId, { cursor, pageSize: 100, signal }),
    { concurrency: 4, provider: provider.id },
  );
  for await (const page of pages) rows += page.length;
}
await provider.close();
process.stdout.write(`${rows}\n`);
