import { COMPONENTS, LINKS, type Component } from '../../engine/agile/change-requests';

export const NODE_HEIGHT = 48;
export const LINK_GAP = 34;
export const PAD = 6;

export interface NodeBox {
  component: Component;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LinkLine {
  from: Component;
  to: Component;
  /** x of the link, and its top (bottom of `from`) and bottom (top of `to`). */
  x: number;
  y1: number;
  y2: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: NodeBox[];
  links: LinkLine[];
}

/**
 * The pipeline drawn top to bottom in a box `width` pixels wide: five nodes NODE_HEIGHT tall, LINK_GAP
 * apart, as wide as the box allows between 150 and 320 px and centred; each link runs down at 28 px
 * from the nodes' left edge. Height = 2·PAD + 5·NODE_HEIGHT + 4·LINK_GAP = 388 px.
 */
export function graphLayout(width: number): GraphLayout {
  const w = Math.max(150, Math.min(320, width - 2 * PAD));
  const box = Math.max(w + 2 * PAD, width);
  const x = (box - w) / 2;
  const nodes = COMPONENTS.map((component, i) => ({ component, x, y: PAD + i * (NODE_HEIGHT + LINK_GAP), width: w, height: NODE_HEIGHT }));
  const links = LINKS.map(([from, to], i) => ({ from, to, x: x + 28, y1: nodes[i].y + NODE_HEIGHT, y2: nodes[i + 1].y }));
  return { width: box, height: 2 * PAD + COMPONENTS.length * NODE_HEIGHT + LINKS.length * LINK_GAP, nodes, links };
}
