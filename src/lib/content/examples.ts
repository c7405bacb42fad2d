/**
 * Tested code examples: `examples/<provider>/<code>/{broken,fixed}.{py,ts}`, shown on
 * entry pages with `::example{file="..."}` and run by tests/examples.
 */
export const exampleKinds = ['broken', 'fixed'] as const;
export const exampleExtensions = { py: 'python', ts: 'ts' } as const;

/** The files every error entry shows, relative to `examples/`. */
export function requiredExampleFiles(provider: string, codeSlug: string): string[] {
  return exampleKinds.flatMap((kind) =>
    Object.keys(exampleExtensions).map((ext) => `${provider}/${codeSlug}/${kind}.${ext}`),
  );
}

/** The code-block language of an example file, or undefined for an unsupported file. */
export function exampleLanguage(path: string): string | undefined {
  const ext = path.split('.').pop() as keyof typeof exampleExtensions | undefined;
  return ext && ext in exampleExtensions ? exampleExtensions[ext] : undefined;
}

/** The example files a content body shows, in order. */
export function referencedExamples(body: string): string[] {
  return [...body.matchAll(/^\s*::example\{file="([^"]+)"\}\s*$/gm)].map((m) => m[1]!);
}
