/** The middle value (the upper one of an even count): for timings and scores measured several times. */
export const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
