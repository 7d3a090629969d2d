import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder (for logs, whose folder names carry dates). */
export function filesUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export interface HostMetrics {
  activation?: string | undefined;
  firstRows?: string | undefined;
  logFile?: string | undefined;
}

/** The timings the extension logged in its own output channel inside the extension host. */
export function readHostMetrics(userDataDir: string, meetingId: string): HostMetrics {
  const logFile = filesUnder(join(userDataDir, 'logs')).find((file) => /Callroll\.log$/.test(file));
  if (!logFile) return {};
  const text = readFileSync(logFile, 'utf8');
  const activation = /metric activation: (.+)$/m.exec(text)?.[1];
  const firstRows = new RegExp(`metric first-rows: (.+ of meeting ${meetingId} .+)$`, 'm').exec(text)?.[1];
  return { activation, firstRows, logFile };
}
