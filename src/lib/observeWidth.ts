import type { Attachment } from 'svelte/attachments';

type Listener = (width: number) => void;

const listeners = new WeakMap<Element, Listener>();
let observer: ResizeObserver | null = null;

/**
 * An attachment that calls `set` with the element's `clientWidth` (content + padding,
 * in CSS pixels) before the element is first painted and whenever its size changes.
 * Unlike `bind:clientWidth`, which reads the width in an effect while the component
 * mounts and so forces a synchronous layout inside that task, it reads first in an
 * animation frame (the frame's own layout, before its paint, so a chart is never shown
 * at its placeholder width), then in a ResizeObserver callback. The first read must not
 * come from the observer: a chart whose height follows its width would then change size
 * inside the observer's callback, which browsers report as an error ("ResizeObserver
 * loop completed with undelivered notifications"); read in the frame, the observer's
 * first callback finds the width already set and changes nothing.
 */
export function observeWidth(set: Listener): Attachment<HTMLElement> {
  return (element) => {
    const frame = requestAnimationFrame(() => set(element.clientWidth));
    if (typeof ResizeObserver === 'undefined') return () => cancelAnimationFrame(frame);
    observer ??= new ResizeObserver((entries) => {
      for (const entry of entries) listeners.get(entry.target)?.((entry.target as HTMLElement).clientWidth);
    });
    listeners.set(element, set);
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer?.unobserve(element);
      listeners.delete(element);
    };
  };
}
