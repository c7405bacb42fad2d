/**
 * The parts of the Japanese house style (README, "Japanese house style") that no rule of
 * the preset checks, as one fixable textlint rule:
 *
 * - a bold label opening a paragraph or list item ends in a full-width colon, with no
 *   space after it: `**対処**：…`, not `**対処**: …`;
 * - a colon after Japanese text is full-width, in headings (`結論：…`), callout titles and
 *   prose alike; a colon inside Latin text, as in `insufficient_quota: You exceeded…`, stays;
 * - a GitHub issue is an 「Issue」, as GitHub's Japanese interface writes it, not 「issue」;
 * - katakana compounds are written solid: 「コンテキストウィンドウ」, not 「コンテキスト ウィンドウ」.
 */
import type { TxtNode, TxtParentNode, TxtTextNode } from '@textlint/ast-node-types';
import type { TextlintRuleContext, TextlintRuleModule } from '@textlint/types';

const japanese = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆`;
/** A half-width colon (and the spaces around it) after Japanese text or a closing bracket. */
const colonAfterJapanese = new RegExp(String.raw`(?<=[${japanese}」』）】])[ \t]*:[ \t]*`, 'gu');
/** A colon ending a bold label whose text is not Japanese. */
const colonEndingLabel = new RegExp(String.raw`(?<![${japanese}」』）】])[ \t]*:$`, 'u');
/** "issue" written in Japanese prose: next to Japanese text, with or without a space. */
const lowercaseIssue = new RegExp(
  String.raw`(?<=[${japanese}、。「（] ?)issues?\b|\bissues?(?= ?[${japanese}、。」）])`,
  'gu',
);

/** A space between two katakana words. */
const spacedKatakana = /(?<=[ァ-ヶー]{2}) (?=[ァ-ヶー]{2})/gu;

function reporter(context: TextlintRuleContext) {
  const { Syntax, RuleError, report, fixer, locator } = context;

  const replace = (node: TxtNode, index: number, length: number, text: string, message: string) =>
    report(
      node,
      new RuleError(message, {
        padding: locator.range([index, index + length]),
        fix: fixer.replaceTextRange([index, index + length], text),
      }),
    );

  const checkLabel = (paragraph: TxtParentNode) => {
    const [first, second] = paragraph.children;
    if (first?.type !== Syntax.Strong) return;
    // `**ラベル**: 本文`
    if (second?.type === Syntax.Str) {
      const colon = /^[ \t]*:[ \t]*/.exec(String(second.value));
      if (colon)
        replace(
          second,
          0,
          colon[0].length,
          '：',
          'ラベルのあとは全角コロン「：」にします（後ろにスペースは入れません）',
        );
    }
    // `**HTTP:** 本文` (after Japanese text, as in `**対処:**`, the Str check below reports it)
    const inner = (first as TxtParentNode).children.at(-1);
    if (inner?.type === Syntax.Str) {
      const colon = colonEndingLabel.exec(String(inner.value));
      if (colon) replace(inner, colon.index, colon[0].length, '：', 'ラベルのあとは全角コロン「：」にします');
    }
  };

  return {
    [Syntax.Paragraph](node: TxtParentNode) {
      checkLabel(node);
    },
    [Syntax.Str](node: TxtTextNode) {
      const text = node.value;
      for (const m of text.matchAll(colonAfterJapanese))
        replace(
          node,
          m.index,
          m[0].length,
          '：',
          '日本語のあとのコロンは全角「：」にします（見出しでも本文でも）',
        );
      for (const m of text.matchAll(spacedKatakana))
        replace(
          node,
          m.index,
          m[0].length,
          '',
          'カタカナの複合語はスペースを入れずに書きます（コンテキストウィンドウ）',
        );
      for (const m of text.matchAll(lowercaseIssue))
        replace(
          node,
          m.index,
          m[0].length,
          'Issue',
          'GitHub の issue は「Issue」と書きます（GitHub の日本語表記）',
        );
    },
  };
}

const rule: TextlintRuleModule = { linter: reporter, fixer: reporter };
export default rule;
