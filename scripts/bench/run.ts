/**
 * `npm run bench`: builds synthetic corpora of 1,000 and 10,000 pages (outside the repo,
 * in the system's temp folder), then measures the build and the search on each and prints
 * a table; results go to bench-out/ as JSON and an SVG chart. `npm run bench:search` does
 * the 10,000-page search measurement only. Progress is printed as it goes; Ctrl-C stops
 * it cleanly (the build is killed and the temporary site removed).
 *
 *   node scripts/bench/run.ts [--sizes 1000,10000] [--no-search] [--search-only] [--keep] [--profile]
 *
 * `--profile` runs each first build under `node --cpu-prof` and prints where its CPU time
 * went, by package and by function (scripts/bench/profile.ts); profiling slows the build,
 * so its times are not comparable with an unprofiled run.
 *
 * `--keep` leaves each built corpus in place (its path is printed) for a closer look,
 * e.g. `node scripts/bench/run.ts --search-only --dist <path>/dist` measures it again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus.ts';
import { againstPagefindTargets, measureSearch, ms, type SearchMeasurement } from './search.ts';
import { renderChart } from './chart.ts';
import { summarizeProfiles, type ProfileSummary } from './profile.ts';
import { ensureChromium } from '../ensure-chromium.mjs';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const searchOnly = flag('--search-only');
const sizes = (option('--sizes') ?? (searchOnly ? '10000' : '1000,10000')).split(',').map(Number);
const withSearch = !flag('--no-search');
const keep = flag('--keep');
const profile = flag('--profile');

let activeChild: ChildProcess | undefined;
const tempDirs: string[] = [];

function cleanUp() {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
}

const stop = () => {
  console.log('\nStopping: ending the build and removing the temporary sites…');
  if (activeChild?.pid) {
    try {
      process.kill(-activeChild.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  cleanUp();
  process.exit(130);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

function log(message: string) {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/** Resident memory of a process and its descendants, in bytes (Linux /proc). */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // The process ended while the list was read.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // The process ended while it was measured.
    }
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

interface BuildMeasurement {
  seconds: number;
  peakRssBytes: number;
  /** Peak memory in each phase, to show which one needs it. */
  peakRssByPhase: Record<string, number>;
  phases: Record<string, number>;
}

/** Log lines that start each phase of an Astro build, in order. */
const phaseMarkers: [string, RegExp][] = [
  ['content sync + types', /\[content\] Syncing content/],
  ['compile (Vite, MDX)', /Building static entrypoints/],
  ['render pages', /generating static routes/],
  ['headers', /\[build\] ✓ Completed in[\s\S]*$/],
];

/**
 * `npm run build`'s two steps, as the bench runs them in a copy of the site; with
 * `profileDir`, under `node --cpu-prof` (worker threads write their own profiles).
 */
const buildSteps = (site: string, profileDir?: string): { name: string; args: string[] }[] => {
  const node = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  return [
    { name: 'astro build', args: [...node, join(site, 'node_modules/astro/bin/astro.mjs'), 'build'] },
    { name: 'search index', args: [...node, join(site, 'scripts/search-index.ts'), join(site, 'dist')] },
  ];
};

/**
 * Runs `npm run build`'s steps in `site`, printing progress, and measures time, memory
 * (of each step's process tree: the steps run one after the other) and phases.
 */
async function build(site: string, label: string, profileDir?: string): Promise<BuildMeasurement> {
  const started = performance.now();
  let peak = 0;
  let phase = 'start';
  const peakByPhase: Record<string, number> = {};
  let output = '';
  let rendered = 0;
  let lastReport = performance.now();
  for (const step of buildSteps(site, profileDir)) {
    if (step.name === 'search index') phase = 'search index';
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, step.args, {
        cwd: site,
        detached: true,
        env: {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: '1',
          ASTRO_CACHE_DIR: join(site, '.astro-cache'),
          // The site's own image cache: the first build renders every card, the second reuses them.
          PREVIEW_IMAGE_CACHE_DIR: join(site, '.og-cache'),
          NO_COLOR: '1',
          FORCE_COLOR: '0',
        },
      });
      activeChild = child;
      // Memory is sampled, and progress reported, on a timer: a phase can print nothing for minutes.
      const poll = setInterval(() => {
        const rss = treeRss(child.pid!);
        peak = Math.max(peak, rss);
        peakByPhase[phase] = Math.max(peakByPhase[phase] ?? 0, rss);
        const now = performance.now();
        if (now - lastReport > 10_000) {
          lastReport = now;
          log(
            `  ${label}: ${((now - started) / 1000).toFixed(0)} s, ${phase}, ${rendered} pages rendered, ${mb(rss)} in use`,
          );
        }
      }, 200);
      const onData = (chunk: Buffer) => {
        const text = chunk.toString();
        output += text;
        for (const [name, marker] of phaseMarkers) if (marker.test(text)) phase = name;
        rendered += (text.match(/ ├─ /g) ?? []).length;
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('error', reject);
      child.on('close', (code) => {
        clearInterval(poll);
        activeChild = undefined;
        if (code !== 0)
          reject(new Error(`${label}, ${step.name} failed (exit ${code}):\n${output.slice(-4000)}`));
        else resolve();
      });
    });
  }
  return {
    seconds: (performance.now() - started) / 1000,
    peakRssBytes: peak,
    peakRssByPhase: peakByPhase,
    phases: phasesOf(output),
  };
}

/** Seconds in a duration as Astro and Vite print it: `202ms`, `45.98s`, `1m 2s`. */
export function parseDuration(text: string): number {
  let seconds = 0;
  for (const [, value, unit] of text.matchAll(/([\d.]+)\s*(ms|m|s)\b/g)) {
    seconds += Number(value) * (unit === 'ms' ? 0.001 : unit === 'm' ? 60 : 1);
  }
  return seconds;
}

/** Where the build's time went, read from Astro's and the search integration's own log. */
function phasesOf(output: string): Record<string, number> {
  const seconds = (pattern: RegExp) => {
    const match = pattern.exec(output);
    return match ? +parseDuration(match[1]!).toFixed(2) : NaN;
  };
  return {
    'content sync + types': seconds(/\[types\] Generated ((?:[\d.]+(?:ms|m|s) ?)+)/),
    'compile (Vite, MDX)': seconds(/\[vite\] ✓ built in ((?:[\d.]+(?:ms|m|s) ?)+)/),
    'render pages': seconds(/generating static routes[\s\S]*?✓ Completed in ((?:[\d.]+(?:ms|m|s) ?)+)/),
    'search index': seconds(/Indexed \d+ pages in (\d+ ms)/),
  };
}

function directorySize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

function prepareSite(pages: number): { site: string; files: number } {
  const site = mkdtempSync(join(tmpdir(), `aieg-bench-${pages}-`));
  tempDirs.push(site);
  for (const item of [
    'src',
    'public',
    'scripts/search-index.ts',
    'astro.config.mjs',
    'ec.config.mjs',
    'package.json',
    'tsconfig.json',
  ]) {
    mkdirSync(dirname(join(site, item)), { recursive: true });
    cpSync(join(projectRoot, item), join(site, item), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(site, 'node_modules'), 'dir');
  const stats = generateCorpus(site, pages);
  return { site, files: stats.files };
}

interface SizeResult {
  pages: number;
  builtPages: number;
  firstBuild: BuildMeasurement;
  cachedBuild?: BuildMeasurement;
  distBytes: number;
  indexBytes: number;
  search?: SearchMeasurement;
  profile?: ProfileSummary;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const searchTargets =
  'Targets at 10,000 pages: first query < 200 KB fetched, cold < 300 ms, warm < 20 ms (typed; results follow each key).';
const againstPagefindNote = `Targets at 10,000 pages, against Pagefind alone on the same bundle: the site adds at most ${kb(againstPagefindTargets.siteBytes)} gzip to the first query and ${againstPagefindTargets.addedMs} ms to a warm search (medians of the same queries, to five results with their text); an exact code's card shows within ${againstPagefindTargets.exactMs} ms of the paste, warm (median of 5 codes), while the results are still loading.`;

function searchRow(s: SearchMeasurement) {
  return {
    'first query fetched (wire)': kb(s.firstQueryBytes),
    uncompressed: kb(s.firstQueryRawBytes),
    files: s.firstQueryFiles,
    'cold: first / all (ms)': `${s.coldMs.toFixed(0)} / ${s.coldCompleteMs.toFixed(0)}`,
    'warm typed: median / max (ms)': `${s.warmTypedMedianMs.toFixed(1)} / ${s.warmTypedMaxMs.toFixed(1)}`,
    'warm typed, all ten (ms)': +s.warmTypedCompleteMedianMs.toFixed(1),
    'warm pasted: first / all (ms)': `${s.warmPastedMedianMs.toFixed(0)} / ${s.warmPastedCompleteMedianMs.toFixed(0)}`,
  };
}

/** What the site adds to Pagefind alone: bytes, warm time, and the exact tier's head start. */
function againstPagefindRow(s: SearchMeasurement) {
  const { warmVsPagefind: warm, exactTier: exact } = s;
  return {
    'first query: Pagefind / site adds (gzip)': `${kb(s.firstQueryPagefindBytes)} / ${kb(s.firstQuerySiteBytes)}`,
    'warm, Pagefind alone': ms(warm.pagefind),
    'warm, site': ms(warm.site),
    'site adds (ms)': +warm.addedMs.toFixed(1),
    'exact card': ms(exact.ms),
    'card while loading': `${exact.beforeResults} of ${exact.runs.length}`,
  };
}

function printSearchAgainstPagefind(rows: Record<string, SearchMeasurement>) {
  console.log('Search against Pagefind alone, same run, same bundle: median (min–max)');
  console.table(Object.fromEntries(Object.entries(rows).map(([name, s]) => [name, againstPagefindRow(s)])));
  console.log(againstPagefindNote);
}

async function main() {
  // The search is measured in Chromium: install it now rather than fail after a build.
  if (withSearch) ensureChromium({ log });
  const existingDist = option('--dist');
  if (existingDist) {
    log(`Measuring search in Chromium on ${existingDist}…`);
    const search = await measureSearch(existingDist, log);
    console.table(searchRow(search));
    console.log(searchTargets);
    printSearchAgainstPagefind({ [existingDist]: search });
    return;
  }
  const results: SizeResult[] = [];
  for (const pages of sizes) {
    log(`Corpus of ${pages} pages: generating…`);
    const { site, files } = prepareSite(pages);
    log(`  ${files} files written to ${site}`);
    log(`Building ${pages} pages (first build)…`);
    const profileDir = profile ? join(site, '.cpu-profiles') : undefined;
    const firstBuild = await build(site, 'first build', profileDir);
    log(`  done in ${firstBuild.seconds.toFixed(1)} s, peak memory ${mb(firstBuild.peakRssBytes)}`);
    const profileSummary = profileDir ? summarizeProfiles(profileDir) : undefined;
    let cachedBuild: BuildMeasurement | undefined;
    if (!searchOnly) {
      log(`Building again with unchanged content (content layer cache)…`);
      cachedBuild = await build(site, 'cached build');
      log(`  done in ${cachedBuild.seconds.toFixed(1)} s`);
    }
    const dist = join(site, 'dist');
    const builtPages = readdirSync(dist, { recursive: true }).filter((f) =>
      String(f).endsWith('.html'),
    ).length;
    const result: SizeResult = {
      pages,
      builtPages,
      firstBuild,
      ...(cachedBuild ? { cachedBuild } : {}),
      distBytes: directorySize(dist),
      indexBytes: directorySize(join(dist, 'pagefind')),
      ...(profileSummary ? { profile: profileSummary } : {}),
    };
    if (withSearch) {
      log(`Measuring search in Chromium on ${pages} pages…`);
      result.search = await measureSearch(dist, log);
    }
    results.push(result);
    if (keep) {
      tempDirs.splice(tempDirs.indexOf(site), 1);
      log(`  kept: ${site}`);
    } else rmSync(site, { recursive: true, force: true });
  }

  console.log('\nBuild');
  console.table(
    Object.fromEntries(
      results.map((r) => [
        `${r.pages} pages`,
        {
          'HTML files': r.builtPages,
          'first build (s)': +r.firstBuild.seconds.toFixed(1),
          'per page (ms)': +((r.firstBuild.seconds * 1000) / r.builtPages).toFixed(2),
          'cached build (s)': r.cachedBuild ? +r.cachedBuild.seconds.toFixed(1) : '-',
          'peak memory': mb(r.firstBuild.peakRssBytes),
          'dist/': mb(r.distBytes),
          'search index': mb(r.indexBytes),
        },
      ]),
    ),
  );
  console.log('Where the first build spends its time (s)');
  console.table(Object.fromEntries(results.map((r) => [`${r.pages} pages`, r.firstBuild.phases])));
  console.log('Peak memory of the first build, by phase');
  console.table(
    Object.fromEntries(
      results.map((r) => [
        `${r.pages} pages`,
        Object.fromEntries(Object.entries(r.firstBuild.peakRssByPhase).map(([k, v]) => [k, mb(v)])),
      ]),
    ),
  );
  for (const r of results.filter((r) => r.profile)) {
    const { totalSeconds, threads, byOwner, byFunction } = r.profile!;
    console.log(
      `\nCPU time of the first build of ${r.pages} pages (profiled): ${totalSeconds} s on ${threads} threads; self time by owner`,
    );
    console.table(Object.fromEntries(byOwner.map((o) => [o.owner, { seconds: o.seconds, '%': o.share }])));
    console.log('Busiest functions (self time)');
    console.table(Object.fromEntries(byFunction.map((f) => [f.fn, { owner: f.owner, seconds: f.seconds }])));
  }
  if (results.length >= 2) {
    const [small, large] = [results[0]!, results.at(-1)!];
    const ratio = large.firstBuild.seconds / small.firstBuild.seconds;
    console.log(
      `Growth: ${large.pages / small.pages}x the pages took ${ratio.toFixed(1)}x the time (target: at most ${((large.pages / small.pages) * 1.1).toFixed(0)}x).`,
    );
  }
  if (results.some((r) => r.search)) {
    console.log('\nSearch (Chromium; served as a CDN would: gzip, the caching rules of _headers)');
    console.table(
      Object.fromEntries(
        results.filter((r) => r.search).map((r) => [`${r.pages} pages`, searchRow(r.search!)]),
      ),
    );
    console.log(searchTargets);
    printSearchAgainstPagefind(
      Object.fromEntries(results.filter((r) => r.search).map((r) => [`${r.pages} pages`, r.search!])),
    );
  }
  const outDir = join(projectRoot, 'bench-out');
  mkdirSync(outDir, { recursive: true });
  const report = { date: new Date().toISOString(), node: process.version, results };
  writeFileSync(join(outDir, 'results.json'), JSON.stringify(report, null, 2));
  writeFileSync(
    join(outDir, 'build-time.svg'),
    renderChart(
      results.map((r) => ({
        pages: r.pages,
        seconds: r.firstBuild.seconds,
        cachedSeconds: r.cachedBuild?.seconds,
      })),
    ),
  );
  log(`Wrote bench-out/results.json and bench-out/build-time.svg`);
  cleanUp();
}

main().catch((error) => {
  console.error(error);
  // A measurement that failed after a long build: with --keep, the build stays to look at.
  if (keep) for (const dir of tempDirs.splice(0)) log(`  kept: ${dir}`);
  cleanUp();
  process.exit(1);
});
