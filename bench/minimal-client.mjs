// The yardstick of the CPU and wire figures: the least a client can do to print a Tencent
// meeting's callouts. It signs each request as Tencent documents (the AK/SK headers), GETs page 1
// and then the rest 8 at a time over keep-alive, JSON.parses each page, and writes one JSON line
// per callout, a page at a time, in page order. No validation, retries, limits or phone numbers:
// what callroll does beyond this is what the ratios measure.
//   node minimal-client.mjs <meeting-id> [file]   (credentials in CALLROLL_TENCENT_*)
import { createHmac, randomInt } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Agent, request } from 'node:http';

const [meetingId, file] = process.argv.slice(2);
const env = process.env;
const base = new URL(env.CALLROLL_TENCENT_BASE_URL);
const agent = new Agent({ keepAlive: true });
const out = file ? createWriteStream(file) : process.stdout;

function headers(path) {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = String(randomInt(1, 2 ** 31));
  const signed = `X-TC-Key=${env.CALLROLL_TENCENT_SECRET_ID}&X-TC-Nonce=${nonce}&X-TC-Timestamp=${timestamp}`;
  const hex = createHmac('sha256', env.CALLROLL_TENCENT_SECRET_KEY)
    .update(`GET\n${signed}\n${path}\n`)
    .digest('hex');
  return {
    'X-TC-Key': env.CALLROLL_TENCENT_SECRET_ID,
    'X-TC-Timestamp': timestamp,
    'X-TC-Nonce': nonce,
    'X-TC-Signature': Buffer.from(hex).toString('base64'),
    AppId: env.CALLROLL_TENCENT_APP_ID,
    'X-TC-Registered': '1',
    'Content-Type': 'application/json',
  };
}

function page(number) {
  const path =
    `/v1/meeting/${meetingId}/phone/callout?operator_id=${env.CALLROLL_TENCENT_OPERATOR_ID}` +
    `&operator_id_type=1&page=${number}&page_size=100`;
  return new Promise((resolve, reject) => {
    const sent = request(new URL(path, base), { headers: headers(path), agent }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        if (response.statusCode !== 200) reject(new Error(`page ${number}: HTTP ${response.statusCode}`));
        else resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      });
      response.on('error', reject);
    });
    sent.on('error', reject);
    sent.end();
  });
}

const write = (body) => {
  let text = '';
  for (const row of body.phone_numbers) text += `${JSON.stringify(row)}\n`;
  if (!out.write(text)) return new Promise((resolve) => out.once('drain', resolve));
};

const first = await page(1);
await write(first);
// An in-order window of 8: the next page is asked for as soon as one is written.
const window = [];
let next = 2;
while (next <= first.total_page && window.length < 8) window.push(page(next++));
while (window.length > 0) {
  await write(await window.shift());
  if (next <= first.total_page) window.push(page(next++));
}
agent.destroy();
if (file) await new Promise((resolve) => out.end(resolve));
