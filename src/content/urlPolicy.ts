/**
 * Which URLs lesson content may carry, shared by the build-time compiler (which refuses
 * anything else) and the run-time sanitizer (which strips anything else).
 *
 * Both tests read the string literally, before any decoding: a scheme hidden behind an
 * entity (`&#106;avascript:`), a tab (`jav\tascript:`) or a leading control character
 * does not start with an allowed prefix, so it is refused rather than decoded and judged.
 */

/** Links: the web (http, https), e-mail, and routes inside the app (`#/lesson/…`). */
export const LINK = /^(?:https?:\/\/|mailto:|#\/)/i;

/**
 * Images: files served by this site (`/images/chart.svg`, `figures/a.png`), never another
 * origin (nothing leaves the origin, and the CSP's img-src is 'self') and never `data:`.
 */
export const IMAGE = /^(?:\.{0,2}\/)?(?:[\w-][\w.-]*\/)*[\w-][\w.-]*\.(?:svg|png|jpe?g|webp|gif|avif)$/i;

export const allowedLinks = 'https://, http://, mailto: or #/';
export const allowedImages = 'a file on this site, e.g. /images/chart.svg';

export const isAllowedLink = (href: string): boolean => LINK.test(href);
export const isAllowedImage = (src: string): boolean => IMAGE.test(src);
