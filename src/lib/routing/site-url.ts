/** Site URLs for templates: the pure routes of src/lib/routing/routes.ts plus this build's base. */
import { site } from '~/site.config';
import { withBase } from './routes';

/** A root-relative site path with the deployment base applied, for `href` and `src`. */
export function href(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}

/** The absolute URL of a site path, for canonical links, feeds and cards. */
export function absoluteUrl(path: string): string {
  return new URL(href(path), site.url).toString();
}
