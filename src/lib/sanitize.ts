import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { IMAGE, LINK, isAllowedImage, isAllowedLink } from '../content/urlPolicy';

// The elements and attributes marked writes for lesson Markdown, and nothing else:
// no script, style, form or frame, no event handler, no style attribute (the CSP
// forbids inline styles), no data- attributes.
const CONFIG: Config = {
  ALLOWED_TAGS: ['p', 'br', 'hr', 'h3', 'h4', 'h5', 'h6', 'em', 'strong', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  ALLOWED_ATTR: ['href', 'title', 'src', 'alt', 'align', 'start', 'class'],
  FORBID_ATTR: ['style'],
  ALLOW_DATA_ATTR: false,
  ALLOWED_URI_REGEXP: new RegExp(`${LINK.source}|${IMAGE.source}`, 'i'),
};

let purifier: Purifier | null = null;

function instance(): Purifier {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  // DOMPurify lets `data:` through on images and judges every URL by one pattern; the
  // URL policy has one rule for links and another for images.
  purifier.addHook('afterSanitizeAttributes', (node) => {
    const href = node.getAttribute('href');
    if (href !== null && !(node.tagName === 'A' && isAllowedLink(href))) node.removeAttribute('href');
    const src = node.getAttribute('src');
    if (src !== null && !(node.tagName === 'IMG' && isAllowedImage(src))) node.removeAttribute('src');
  });
  return purifier;
}

/**
 * The one gate for HTML derived from lessons before it reaches `{@html}`: the build
 * already refuses raw HTML and foreign URLs, and this removes them again should any
 * slip through (a compiler bug, a hand-edited bundle).
 */
export function sanitizeLessonHtml(html: string): string {
  return instance().sanitize(html, CONFIG) as string;
}
