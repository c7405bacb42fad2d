/**
 * What the build needs to know about a content file's body besides its HTML: read once
 * from the source when the content layer loads the file, and kept with the entry instead
 * of the body itself, so a 10,000-page site does not carry every source in memory.
 */
import { readSourceHeadings, type SourceHeading } from './headings';
import { findInternalLinks, type InternalLink } from './markdown-links';
import { referencedExamples } from './examples';
import { quickFixSteps } from './entry-sections';
import { readingMinutes } from './reading-time';
import { findTodoMarkers, type TodoMarker } from './todo-markers';

export interface BodyFacts {
  /** The ATX headings, with their explicit ids and lines (the template check reads them). */
  headings: SourceHeading[];
  /** The files shown with `::example{file="..."}`, relative to `examples/`. */
  examples: string[];
  /** Root-relative links to other pages of the site, with their lines. */
  links: InternalLink[];
  readingMinutes: number;
  /** The Quick fix section's numbered steps (error entries; the HowTo in JSON-LD). */
  quickFix?: { heading: string; steps: string[] } | undefined;
  /** `TODO:` markers left by `npm run new`, with their lines in the whole file. */
  todos: TodoMarker[];
}

/** `body` is the source without its frontmatter; `source` the whole file (for TODO lines). */
export function bodyFacts(body: string, source = body): BodyFacts {
  return {
    todos: findTodoMarkers(source),
    headings: readSourceHeadings(body),
    examples: referencedExamples(body),
    links: findInternalLinks(body),
    readingMinutes: readingMinutes(body),
    quickFix: quickFixSteps(body),
  };
}
