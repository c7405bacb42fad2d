/**
 * A worker thread that renders preview-card layouts to PNG: satori lays the card out and
 * outlines its text, resvg rasterises and encodes it. Both are CPU-bound (about 45 ms a
 * card), so the build runs one worker per core instead of rendering on its main thread.
 *
 * Plain Node (type stripping, no bundler): it imports only packages, and receives the
 * layout, already built by src/preview-image/render.ts, as data.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';

export interface PreviewWorkerData {
  fonts: { path: string; name: string; weight: 400 | 700 }[];
  width: number;
  height: number;
}

export interface PreviewJob {
  id: number;
  layout: unknown;
}

export type PreviewResult = { id: number; png: Uint8Array; ms: number } | { id: number; error: string };

const setup = workerData as PreviewWorkerData;
// One array for every render: satori caches the parsed fonts by this object.
const fonts = setup.fonts.map(({ path, name, weight }) => ({
  name,
  weight,
  style: 'normal' as const,
  data: readFileSync(path),
}));

async function render(layout: unknown): Promise<Uint8Array> {
  const svg = await satori(layout as Parameters<typeof satori>[0], {
    width: setup.width,
    height: setup.height,
    fonts,
  });
  // satori has already turned the text into paths: scanning the system's fonts (resvg's
  // default) would only cost time, about 90 ms an image.
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}

async function handle({ id, layout }: PreviewJob): Promise<void> {
  const started = performance.now();
  try {
    const png = await render(layout);
    // Copied, not transferred: a Buffer may be a view into a larger shared allocation.
    parentPort!.postMessage({ id, png, ms: performance.now() - started } satisfies PreviewResult);
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).stack ?? String(error) } satisfies PreviewResult);
  }
}

// `handle` never rejects: every path posts a result.
parentPort!.on('message', (job: PreviewJob) => void handle(job));
