/**
 * Minutes to read a page's source. English is counted in words (230 a minute);
 * Japanese has no spaces, so its characters are counted (500 a minute), the usual
 * figure for Japanese prose. Code blocks count at half weight: readers skim them.
 */
const wordsPerMinute = 230;
const japaneseCharsPerMinute = 500;
const japaneseChar = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー]/gu;

function stripMarkup(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^\s*(import|export)\s.*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#>*_`[\]|:{}-]/g, ' ');
}

function minutesOfText(text: string): number {
  const japanese = text.match(japaneseChar)?.length ?? 0;
  const words = text
    .replace(japaneseChar, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return japanese / japaneseCharsPerMinute + words / wordsPerMinute;
}

export function readingMinutes(source: string): number {
  const code: string[] = [];
  const prose = source.replace(/^(`{3,}|~{3,}).*\n([\s\S]*?)^\1\s*$/gm, (_block, _fence, body: string) => {
    code.push(body);
    return '';
  });
  const minutes = minutesOfText(stripMarkup(prose)) + minutesOfText(code.join('\n')) / 2;
  return Math.max(1, Math.round(minutes));
}
