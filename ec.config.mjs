// @ts-check
// Expressive Code options live here (not in astro.config.mjs) so the <Code> component,
// used for the error messages on entry pages, can read them too.
import { defineEcConfig } from 'astro-expressive-code';
import {
  createValidHtmlRenderer,
  pluginValidHtml,
} from './src/markdown/plugins/expressive-code-valid-html.ts';

export default defineEcConfig({
  themes: ['github-light', 'github-dark'],
  // The dark theme follows <html data-theme>, set before paint; without JavaScript the
  // system preference decides.
  themeCssSelector: (theme) => `[data-theme='${theme.type}']`,
  useDarkModeMediaQuery: true,
  defaultProps: { wrap: true },
  // Valid HTML for the Nu HTML Checker: see the plugin's header.
  plugins: [pluginValidHtml()],
  customCreateRenderer: createValidHtmlRenderer,
});
