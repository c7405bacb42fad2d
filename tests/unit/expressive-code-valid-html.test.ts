import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import {
  makeBlockValid,
  renameTokenVariablesInStyle,
  validHtmlStyles,
} from '~/markdown/plugins/expressive-code-valid-html';

const el = (tagName: string, properties: Element['properties'] = {}, children: Element[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

describe('Expressive Code made valid HTML', () => {
  it('turns divs inside <pre>/<code> and <button> into spans, and only there', () => {
    const line = el('div', { className: ['ec-line'] }, [el('div', { className: ['code'] })]);
    const backdrop = el('div');
    const block = el('figure', {}, [
      el('pre', {}, [el('code', {}, [line])]),
      el('div', { className: ['copy'] }, [el('div', { ariaLive: 'polite' }), el('button', {}, [backdrop])]),
    ]);
    makeBlockValid(block);
    expect(line.tagName).toBe('span');
    expect((line.children[0] as Element).tagName).toBe('span');
    expect(backdrop.tagName).toBe('span');
    const copy = block.children[1] as Element;
    expect(copy.tagName).toBe('div');
    expect((copy.children[0] as Element).tagName).toBe('div');
  });

  it('keeps the copied code with real newlines instead of U+007F', () => {
    const button = el('button', { dataCode: 'line 1\u007fline 2' });
    makeBlockValid(el('div', {}, [button]));
    expect(button.properties['dataCode']).toBe('line 1\nline 2');
  });

  it('renames the token colour variables in markup and stylesheet alike', () => {
    expect(renameTokenVariablesInStyle('--0:#24292e;--1:#e1e4e8;--1fs:italic')).toBe(
      '--ec-t0:#24292e;--ec-t1:#e1e4e8;--ec-t1fs:italic',
    );
    expect(renameTokenVariablesInStyle('--ecMaxLine:76ch')).toBe('--ecMaxLine:76ch');
    const base =
      '.expressive-code .copy button div{opacity:0}.expressive-code .copy button:hover div,.x{opacity:1}';
    const theme = 'span{color:var(--0, inherit);background-color:var(--1bg, transparent)}';
    const out = validHtmlStyles(base, theme);
    expect(out.baseStyles).toBe(
      '.expressive-code .copy button span{opacity:0}.expressive-code .copy button:hover span,.x{opacity:1}',
    );
    expect(out.themeStyles).toBe(
      'span{color:var(--ec-t0, inherit);background-color:var(--ec-t1bg, transparent)}',
    );
  });

  it('stops the build when Expressive Code’s stylesheet no longer has what it rewrites', () => {
    expect(() => validHtmlStyles('.copy button i{}', 'span{color:var(--0)}')).toThrow(/copy button backdrop/);
    expect(() => validHtmlStyles('.copy button div{}', 'span{color:var(--tok)}')).toThrow(/token variables/);
  });
});
