declare module 'virtual:lessons' {
  import type { Lesson, LessonMeta } from './types';
  export const lessons: LessonMeta[];
  export const loaders: Record<string, () => Promise<{ default: Lesson }>>;
}
