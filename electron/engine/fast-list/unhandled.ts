/** Thrown by the fast parser for anything it does not handle; the SDK's own path takes over. */
export class Unhandled extends Error {
  constructor(why: string) {
    super(`fast list parser: ${why}`);
    this.name = 'Unhandled';
  }
}
