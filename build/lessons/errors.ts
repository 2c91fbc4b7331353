/** A problem in a lesson file; the message names the file so the build output points at it. */
export class LessonError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'LessonError';
  }
}
