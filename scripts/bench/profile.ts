/**
 * Where a build's CPU time goes, from the V8 profiles that `node --cpu-prof` writes (one
 * per thread): self time summed by the package that owns the code, or by the site's own
 * folder (src/markdown, src/markdown/plugins, ...), and the busiest functions.
 * Used by `npm run bench -- --profile`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** CPU time of all threads, in seconds. */
  totalSeconds: number;
  threads: number;
  /** Self time by owner (package, site folder, V8 or Node), largest first. */
  byOwner: { owner: string; seconds: number; share: number }[];
  /** Self time by function, largest first. */
  byFunction: { fn: string; owner: string; seconds: number }[];
}

/** The package or site folder a script URL belongs to. */
export function ownerOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? `V8 ${functionName}` : 'V8 (native)';
  if (url.startsWith('node:')) return 'Node.js';
  const inModules = url.lastIndexOf('/node_modules/');
  if (inModules !== -1) {
    const [first, second] = url.slice(inModules + '/node_modules/'.length).split('/');
    return first!.startsWith('@') ? `${first}/${second}` : first!;
  }
  const site = /\/(src|scripts)\/([^/]+)\//.exec(url);
  if (site) return `site: ${site[1]}/${site[2]}`;
  if (/\/(dist|\.astro)\//.test(url) || url.includes('/chunks/')) return 'site: compiled pages';
  return 'other';
}

export function summarizeProfiles(dir: string, top = 12): ProfileSummary {
  const owners = new Map<string, number>();
  const functions = new Map<string, { owner: string; micros: number }>();
  let total = 0;
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  for (const file of files) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const micros = profile.timeDeltas[i] ?? 0;
      const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
      if (functionName === '(idle)') return;
      const owner = ownerOf(url, functionName);
      total += micros;
      owners.set(owner, (owners.get(owner) ?? 0) + micros);
      const fn = `${functionName || '(anonymous)'} ${url.split('/').slice(-1)[0] ?? ''}:${lineNumber + 1}`;
      const entry = functions.get(fn) ?? { owner, micros: 0 };
      entry.micros += micros;
      functions.set(fn, entry);
    });
  }
  const seconds = (micros: number) => +(micros / 1e6).toFixed(2);
  return {
    totalSeconds: seconds(total),
    threads: files.length,
    byOwner: [...owners]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([owner, micros]) => ({
        owner,
        seconds: seconds(micros),
        share: +((micros / total) * 100).toFixed(1),
      })),
    byFunction: [...functions]
      .sort((a, b) => b[1].micros - a[1].micros)
      .slice(0, top)
      .map(([fn, { owner, micros }]) => ({ fn, owner, seconds: seconds(micros) })),
  };
}
