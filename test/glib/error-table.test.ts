import assert from 'node:assert/strict'
import fc from 'fast-check'
import {
  VirError, VirErrorCode, isVirError, parseVirErrorMessage, toVirError, virErrorCodeName,
} from '../../glib/index.js'
import { virDirectErrorFormats, virErrorMessageTable } from '../../glib/error-messages.js'
import { libvirtGlibOperations } from '../../glib/error-operations.js'

const INFO = "the detail 'x': with a colon"

/** printf-style fill of libvirt's placeholders. */
function fill(format: string, s = INFO): string {
  return format.replace(/%s/g, s).replace(/%x/g, '3020').replace(/%d/g, '7').replace(/%p/g, '0x55d0c0ffee')
}

/** Formats that are nothing but "%s": they fit any text, so they can never give a code. */
const bareInfoCodes = [
  VirErrorCode.VIR_ERR_XML_DETAIL, VirErrorCode.VIR_ERR_SYSTEM_ERROR, VirErrorCode.VIR_ERR_RPC, VirErrorCode.VIR_ERR_GNUTLS_ERROR,
]

describe('glib VirError: libvirt message table', () => {
  it('has a message row for every libvirt error code except VIR_ERR_OK', () => {
    const codes = Object.values(VirErrorCode).filter((v): v is number => typeof v === 'number' && v !== 0)
    assert.equal(codes.length, 110)
    assert.deepEqual(virErrorMessageTable.map((r) => r.code).sort((a, b) => a - b), codes.sort((a, b) => a - b))
  })

  it('has no text shared by two codes', () => {
    const owners = new Map<string, Set<VirErrorCode>>()
    for (const { code, msg, msginfo } of virErrorMessageTable) {
      for (const text of [msg, msginfo]) owners.set(text, (owners.get(text) ?? new Set()).add(code))
    }
    const shared = [...owners].filter(([, codes]) => codes.size > 1).map(([text]) => text)
    assert.deepEqual(shared, ['%s'])
  })

  for (const { code, msg, msginfo } of virErrorMessageTable) {
    const name = virErrorCodeName(code)!
    it(`recovers ${name} from its bare message "${msg}"`, () => {
      const parsed = parseVirErrorMessage(msg)
      assert.equal(parsed.code, code)
      assert.equal(parsed.detail, msg)
      assert.equal(parsed.operation, undefined)
    })
    if (bareInfoCodes.includes(code)) {
      it(`leaves the code undefined for ${name}'s "%s" format, which fits any text`, () => {
        assert.equal(msginfo, '%s')
        assert.equal(parseVirErrorMessage(INFO).code, undefined)
      })
      continue
    }
    it(`recovers ${name} and its info from "${msginfo}"`, () => {
      const parsed = parseVirErrorMessage(fill(msginfo))
      assert.equal(parsed.code, code)
      assert.equal(parsed.info, INFO)
      assert.equal(parsed.format, msginfo)
    })
    it(`recovers ${name} behind a libvirt-glib operation`, () => {
      const err = new VirError(`Unable to stop domain: ${fill(msginfo)}`)
      assert.equal(err.code, code)
      assert.equal(err.codeName, name)
      assert.equal(err.operation, 'Unable to stop domain')
      assert.equal(err.detail, fill(msginfo))
    })
  }

  for (const { code, format } of virDirectErrorFormats) {
    it(`recovers ${virErrorCodeName(code)} from libvirt's argument check "${format}"`, () => {
      const parsed = parseVirErrorMessage(`Unable to reboot domain: ${fill(format, 'flags')}`)
      assert.equal(parsed.code, code)
      assert.equal(parsed.operation, 'Unable to reboot domain')
    })
  }

  it('prefers the most specific format when a shorter one also fits', () => {
    // "network %s exists already" also fits with %s = "port p1".
    assert.equal(parseVirErrorMessage('network port p1 exists already').code, VirErrorCode.VIR_ERR_NETWORK_PORT_EXIST)
    assert.equal(parseVirErrorMessage('network net1 exists already').code, VirErrorCode.VIR_ERR_NETWORK_EXIST)
    // "%s in %s must be zero" also fits the start of "… must be zero or greater".
    assert.equal(parseVirErrorMessage('flags in virFoo must be zero or greater').code, VirErrorCode.VIR_ERR_INVALID_ARG)
  })
})

describe('glib VirError: operations and unknown text', () => {
  it('splits every libvirt-glib operation from the libvirt message after it', () => {
    for (const op of libvirtGlibOperations) {
      const operation = fill(op, 'name1')
      const err = new VirError(`${operation}: Domain not found: no domain with matching name 'x'`)
      assert.equal(err.operation, operation, op)
      assert.equal(err.code, VirErrorCode.VIR_ERR_NO_DOMAIN, op)
      assert.equal(err.info, "no domain with matching name 'x'")
    }
  })

  it('keeps an operation reported without any libvirt message, with no code', () => {
    const err = new VirError('Unable to create snapshot of test')
    assert.equal(err.operation, 'Unable to create snapshot of test')
    assert.equal(err.detail, '')
    assert.equal(err.code, undefined)
  })

  it('recognises a message libvirt itself prefixed, keeping the libvirt-glib operation', () => {
    const err = new VirError('Unable to start domain: cannot start foo: internal error: boom')
    assert.equal(err.operation, 'Unable to start domain')
    assert.equal(err.code, VirErrorCode.VIR_ERR_INTERNAL_ERROR)
    assert.equal(err.detail, 'cannot start foo: internal error: boom')
  })

  it('takes an unknown "<text>: " prefix before a libvirt message as the operation', () => {
    const err = new VirError('Unable to frobnicate domain: Requested operation is not valid: nope')
    assert.equal(err.operation, 'Unable to frobnicate domain')
    assert.equal(err.code, VirErrorCode.VIR_ERR_OPERATION_INVALID)
  })

  const unknown = [
    'something went wrong',
    "cannot read domain image '/nonexistent': No such file or directory",
    'Unable to restore domain: incomplete save header in \'/etc/hostname\': Success',
    'xinternal error: a',
    'an internal error: in the middle',
    'Domain not found ',
    'Domain not found:',
    'Domain not found: ',
    'internal error:x',
    '',
  ]
  for (const text of unknown) {
    it(`gives no code to text that matches no format: ${JSON.stringify(text)}`, () => {
      const err = new VirError(text)
      assert.equal(err.code, undefined)
      assert.equal(err.codeName, undefined)
      assert.equal(err.message, text)
    })
  }

  it('never throws and never invents text, whatever the input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
      const parsed = parseVirErrorMessage(text)
      assert.ok(text.endsWith(parsed.detail))
      if (parsed.operation !== undefined) assert.ok(text.startsWith(parsed.operation))
      if (parsed.code !== undefined) assert.ok(parsed.format !== undefined)
    }), { numRuns: 2000 })
  })
})

describe('glib VirError: the error object', () => {
  it('keeps the original error as cause and the full text as message', () => {
    const original = new Error('Unable to stop domain: Requested operation is not valid: domain is not running')
    const err = toVirError(original)
    assert.ok(err instanceof Error)
    assert.ok(isVirError(err))
    assert.equal(err.name, 'VirError')
    assert.equal(err.cause, original)
    assert.equal(err.message, original.message)
    assert.equal(err.code, VirErrorCode.VIR_ERR_OPERATION_INVALID)
    assert.equal(err.codeName, 'VIR_ERR_OPERATION_INVALID')
    assert.equal(err.operation, 'Unable to stop domain')
    assert.equal(err.detail, 'Requested operation is not valid: domain is not running')
    assert.equal(err.info, 'domain is not running')
  })

  it('returns a VirError as it is', () => {
    const err = new VirError('internal error: x')
    assert.equal(toVirError(err), err)
  })

  it('turns non-Error values into a VirError without a code', () => {
    for (const value of ['plain string', 42, null, undefined, { toString: () => { throw new Error('no') } }]) {
      const err = toVirError(value)
      assert.ok(isVirError(err))
      assert.equal(err.cause, value)
    }
    assert.equal(toVirError('internal error: from a string').code, VirErrorCode.VIR_ERR_INTERNAL_ERROR)
  })

  it('lets the caller state the code and operation', () => {
    const err = new VirError('whatever', { code: VirErrorCode.VIR_ERR_INVALID_ARG, operation: 'Open' })
    assert.equal(err.code, VirErrorCode.VIR_ERR_INVALID_ARG)
    assert.equal(err.codeName, 'VIR_ERR_INVALID_ARG')
    assert.equal(err.operation, 'Open')
  })
})
