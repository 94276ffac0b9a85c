/** A file could not be read or written: the message names the path, what failed and what to do. */
export class IoError extends Error {}
