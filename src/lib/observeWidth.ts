import type { Attachment } from 'svelte/attachments';

type Listener = (width: number) => void;

const listeners = new WeakMap<Element, Listener>();
let observer: ResizeObserver | null = null;

/**
 * An attachment that calls `set` with the element's `clientWidth` (content + padding,
 * in CSS pixels) once it has been laid out and whenever its size changes. Unlike
 * `bind:clientWidth`, which reads the width in an effect while the component mounts
 * and so forces a synchronous layout inside that task, it reads only in a
 * ResizeObserver callback: after the browser's own layout, still before the frame is
 * painted, so a chart is never shown at its placeholder width.
 */
export function observeWidth(set: Listener): Attachment<HTMLElement> {
  return (element) => {
    if (typeof ResizeObserver === 'undefined') {
      const frame = requestAnimationFrame(() => set(element.clientWidth));
      return () => cancelAnimationFrame(frame);
    }
    observer ??= new ResizeObserver((entries) => {
      for (const entry of entries) listeners.get(entry.target)?.((entry.target as HTMLElement).clientWidth);
    });
    listeners.set(element, set);
    observer.observe(element);
    return () => {
      observer?.unobserve(element);
      listeners.delete(element);
    };
  };
}
