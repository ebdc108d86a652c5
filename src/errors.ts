// Every error the tool raises on purpose: a name, a stable code, what it concerns, and `cause` kept,
// so the CLI prints one clear line and tests check the class, not the wording.
export type KgErrorCode =
  | 'INPUT_MISSING'
  | 'INPUT_EMPTY'
  | 'INPUT_ENCODING'
  | 'INPUT_BINARY'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_NO_TEXT'
  | 'INPUT_NO_CHINESE'
  | 'INPUT_RUN_TOO_LONG'
  | 'INPUT_INVALID'
  | 'CONFIG_INVALID'
  | 'STORE_UNREACHABLE'
  | 'STORE_AUTH'
  | 'STORE_FAILED'
  | 'STORE_LOCKED'
  | 'STORE_TOO_LARGE'
  | 'QUERY_REFUSED'
  | 'NOT_FOUND'
  | 'USAGE'
  | 'WRITE_FAILED'

export class KgError extends Error {
  readonly code: KgErrorCode
  /** The file, article, setting or id the error is about, when there is one. */
  readonly subject: string | undefined

  constructor(code: KgErrorCode, message: string, options: { subject?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'KgError'
    this.code = code
    this.subject = options.subject
  }
}

/** A problem with one input file: the batch goes on without it. */
export class InputError extends KgError {
  constructor(code: KgErrorCode, file: string, problem: string, cause?: unknown) {
    super(code, `${file}: ${problem}`, { subject: file, cause })
    this.name = 'InputError'
  }
}

export class ConfigError extends KgError {
  constructor(message: string, cause?: unknown) {
    super('CONFIG_INVALID', message, { cause })
    this.name = 'ConfigError'
  }
}

export class StoreError extends KgError {
  constructor(code: 'STORE_UNREACHABLE' | 'STORE_AUTH' | 'STORE_FAILED' | 'STORE_LOCKED' | 'STORE_TOO_LARGE', message: string, cause?: unknown) {
    super(code, message, { cause })
    this.name = 'StoreError'
  }
}

export class NotFoundError extends KgError {
  constructor(what: string) {
    super('NOT_FOUND', `not found: ${what}`, { subject: what })
    this.name = 'NotFoundError'
  }
}

export class UsageError extends KgError {
  constructor(message: string) {
    super('USAGE', message)
    this.name = 'UsageError'
  }
}

/** A Cypher query the read-only gate refuses, before anything reaches the database. */
export class QueryRefusedError extends KgError {
  constructor(message: string) {
    super('QUERY_REFUSED', message)
    this.name = 'QueryRefusedError'
  }
}
