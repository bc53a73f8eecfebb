import { Injectable } from '@nestjs/common';

/**
 * The time as the application sees it. Deadlines, timeliness and the scheduler read it from here so a
 * test can move time forward instead of waiting for it.
 */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Test support: shifts the application's time by the given amount (cumulative). */
  advance(ms: number): void {
    this.offsetMs += ms;
  }

  /** Test support: sets the application's time to an instant, time then runs on from there. */
  set(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }
}
