/**
 * `ConfigDocument`: a root kind (Domain, Network…) that can be validated against its schema.
 * @module
 */
import { ConfigObject } from './object.js'
import { validateXml, type ValidateOptions, type ValidationResult } from './validate.js'

/** A document kind: a root element with a libvirt RelaxNG schema. */
export abstract class ConfigDocument extends ConfigObject {
  /** The RelaxNG file of this kind (`domain.rng`); empty for kinds without one. */
  static readonly schema: string = ''

  /**
   * Validates the current XML against libvirt's RelaxNG schema (xmllint compiled to wasm, in a
   * worker). Resolves with every error and the element path it concerns; rejects with
   * `ConfigError` only when validation cannot run (no schema directory, unknown schema).
   */
  validate(opts: ValidateOptions = {}): Promise<ValidationResult> {
    const schema = (this.constructor as typeof ConfigDocument).schema
    return validateXml(this.toXml(), schema, opts)
  }
}

/** A document of any root element, for kinds gvir has no class for. */
export class GenericDocument extends ConfigDocument {}
