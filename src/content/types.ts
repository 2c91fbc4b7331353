/** Shapes of compiled lesson content, shared by the build-time compiler and the app. */

export type LessonStatus = 'ready' | 'outline';

export interface SectionMeta {
  id: string;
  title: string;
}

/** One entry of a lesson's "Sources and further reading" list. */
export interface LessonSource {
  /** Authors and year, or the kind of source: "Sculley et al., 2015". */
  cite: string;
  title: string;
  /** An https:// address, when the source is public. */
  url?: string;
  /** What the lesson takes from it, in one sentence. */
  note?: string;
}

/** What the course map and a lesson's first screen need: everything but the bodies, recap and sources. */
export interface LessonMeta {
  number: number;
  slug: string;
  title: string;
  summary: string;
  minutes: number;
  status: LessonStatus;
  coming?: string;
  objectives: string[];
  sections: SectionMeta[];
  /** Ids of the knowledge checks, in order, for progress counts on the map. */
  checkIds: string[];
  /** Ids of the interactives placed in the lesson, in order. */
  interactiveIds: string[];
}

export interface CheckOption {
  text: string;
  correct: boolean;
  /** Build-time HTML explaining why this option is right or wrong. */
  explainHtml: string;
}

export type Block =
  | { kind: 'prose'; html: string }
  | { kind: 'check'; id: string; questionHtml: string; options: CheckOption[] }
  | { kind: 'instructor'; html: string }
  | { kind: 'interactive'; id: string };

export interface Section extends SectionMeta {
  blocks: Block[];
}

/** One question of a lesson's pre/post check (lessons/NN-slug/prepost.yaml). Texts are plain text. */
export interface PrePostQuestion {
  id: string;
  prompt: string;
  options: { text: string; correct: boolean }[];
  explain: string;
}

export interface Lesson extends LessonMeta {
  body: Section[];
  /** Shown at the end of the last section. Not in the course map's metadata (first load). */
  recap: string[];
  /** Where the lesson's facts come from (see docs/AUTHORING.md). Shown with the recap. */
  sources?: LessonSource[];
  /** The short check the learner answers before the lesson and again after it. */
  prepost: PrePostQuestion[];
}
