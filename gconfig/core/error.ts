/**
 * The one error type of gconfig.
 * @module
 */

/** Where a {@link ConfigError} comes from, when known. */
export interface ConfigErrorDetails {
  /** 1-based line of the offending input, for parse errors. */
  line?: number
  /** 1-based column (UTF-16 code units) of the offending input, for parse errors. */
  column?: number
  /** Declared path (`source/@file`) or element path (`/domain/devices/disk[2]`) concerned. */
  path?: string
}

/**
 * Malformed XML, a wrong root, a value a codec refuses, a schema violation…: anything gconfig
 * rejects. The document it concerns is left unchanged.
 */
export class ConfigError extends Error {
  /** 1-based line, for parse errors. */
  readonly line?: number
  /** 1-based column, for parse errors. */
  readonly column?: number
  /** The property path or element path concerned, when known. */
  readonly path?: string

  /**
   * @param message - What is wrong, with the line and column or path when known.
   * @param details - Where: line and column in the parsed text, or the property path.
   */
  constructor(message: string, details: ConfigErrorDetails = {}) {
    super(message)
    this.name = 'ConfigError'
    if (details.line !== undefined) this.line = details.line
    if (details.column !== undefined) this.column = details.column
    if (details.path !== undefined) this.path = details.path
  }
}
