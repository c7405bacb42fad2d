/**
 * `TODO:` markers that `npm run new` leaves in a new entry or article for its author. The
 * content check stops the build on any that is left, naming the file and line, so a
 * half-written page never ships. Code fences are skipped: a code sample may mention TODO.
 */

export interface TodoMarker {
  /** 1-based line in the file, frontmatter included. */
  line: number;
  /** The marker's line, trimmed. */
  text: string;
}

const marker = /\bTODO:/;

export function findTodoMarkers(source: string): TodoMarker[] {
  const markers: TodoMarker[] = [];
  let fence: string | null = null;
  source.split('\n').forEach((line, index) => {
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      const mark = fenceMatch[1]!;
      if (fence === null) fence = mark;
      else if (mark.startsWith(fence)) fence = null;
      return;
    }
    if (fence === null && marker.test(line)) markers.push({ line: index + 1, text: line.trim() });
  });
  return markers;
}
