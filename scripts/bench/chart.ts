/** A small SVG bar chart of build times per corpus size, readable without any tool. */
export interface ChartPoint {
  pages: number;
  seconds: number;
  cachedSeconds?: number | undefined;
}

export function renderChart(points: ChartPoint[]): string {
  const width = 640;
  const height = 360;
  const margin = { top: 40, right: 20, bottom: 60, left: 70 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const max = Math.max(1, ...points.map((p) => Math.max(p.seconds, p.cachedSeconds ?? 0)));
  const group = plotWidth / Math.max(1, points.length);
  const bar = Math.min(60, group / 3);
  const y = (value: number) => margin.top + plotHeight - (value / max) * plotHeight;
  const bars = points
    .map((p, i) => {
      const x = margin.left + group * i + group / 2 - bar;
      const parts = [
        `<rect x="${x}" y="${y(p.seconds)}" width="${bar}" height="${margin.top + plotHeight - y(p.seconds)}" fill="#0b57c2"><title>first build: ${p.seconds.toFixed(1)} s</title></rect>`,
        `<text x="${x + bar / 2}" y="${y(p.seconds) - 6}" text-anchor="middle">${p.seconds.toFixed(1)} s</text>`,
        `<text x="${x + bar}" y="${height - margin.bottom + 20}" text-anchor="middle">${p.pages.toLocaleString('en')} pages</text>`,
        `<text x="${x + bar}" y="${height - margin.bottom + 38}" text-anchor="middle" fill="#4f5965">${((p.seconds * 1000) / p.pages).toFixed(1)} ms/page</text>`,
      ];
      if (p.cachedSeconds !== undefined) {
        parts.push(
          `<rect x="${x + bar}" y="${y(p.cachedSeconds)}" width="${bar}" height="${margin.top + plotHeight - y(p.cachedSeconds)}" fill="#11703a"><title>cached build: ${p.cachedSeconds.toFixed(1)} s</title></rect>`,
          `<text x="${x + bar * 1.5}" y="${y(p.cachedSeconds) - 6}" text-anchor="middle">${p.cachedSeconds.toFixed(1)} s</text>`,
        );
      }
      return parts.join('\n  ');
    })
    .join('\n  ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="13" role="img" aria-labelledby="title">
  <title id="title">Build time by corpus size (blue: first build, green: unchanged content)</title>
  <rect width="100%" height="100%" fill="#fff"/>
  <text x="${margin.left}" y="24" font-size="15" font-weight="600">Build time by corpus size</text>
  <text x="${width - margin.right}" y="24" text-anchor="end" fill="#0b57c2">■ first build</text>
  <text x="${width - margin.right - 110}" y="24" text-anchor="end" fill="#11703a">■ unchanged content</text>
  <line x1="${margin.left}" y1="${margin.top + plotHeight}" x2="${width - margin.right}" y2="${margin.top + plotHeight}" stroke="#999"/>
  <line x1="${margin.left}" y1="${margin.top}" x2="${margin.left}" y2="${margin.top + plotHeight}" stroke="#999"/>
  <text x="${margin.left - 10}" y="${margin.top + 4}" text-anchor="end">${max.toFixed(0)} s</text>
  <text x="${margin.left - 10}" y="${margin.top + plotHeight}" text-anchor="end">0</text>
  ${bars}
</svg>
`;
}
