import { ApiFailure } from '../../../shared/contract';

const shown = (token: string): string =>
  JSON.stringify(token.length > 60 ? `${token.slice(0, 60)}…` : token);

const cycle = (operation: string, token: string): ApiFailure =>
  ApiFailure.of(
    'SERVICE_ERROR',
    `${operation} sent a next token it had sent before (${shown(token)}): its listing would repeat forever, so PageScope stopped it.`,
  );

/**
 * Stops a listing whose next tokens come round again (A, B, A, ...), with Brent's cycle
 * detection: one saved token, so memory stays constant however long the listing, and any cycle
 * is found within about twice its length after it starts. botocore only catches a token equal
 * to the one just sent. https://en.wikipedia.org/wiki/Cycle_detection#Brent's_algorithm
 */
export class TokenCycleGuard {
  private saved: string | null = null;
  private steps = 0;
  private power = 1;

  constructor(private readonly operation: string) {}

  /** The next token of a listing, in order; throws when the listing repeats. */
  see(token: string): void {
    if (token === this.saved) throw cycle(this.operation, token);
    this.steps += 1;
    if (this.steps === this.power) {
      this.saved = token;
      this.power *= 2;
      this.steps = 0;
    }
  }
}
