import assert from 'node:assert/strict'
import { DomainBackup } from '../../../gconfig/backup/index.js'
import { corpus } from '../support/shared.js'
import { assertRejectedUnchanged, assertValid } from '../support/kinds.js'

const pull = () => DomainBackup.fromXml(corpus('backup', 'domainbackupxml2xmlin/backup-pull.xml'))

describe('gconfig DomainBackup', () => {
  it('reads the mode, incremental point, NBD server and each disk with its scratch file', () => {
    const b = pull()
    assert.equal(b.mode, 'pull')
    assert.equal(b.incremental, '1525889631')
    assert.equal(b.serverTransport, 'tcp')
    assert.equal(b.serverName, 'localhost')
    assert.equal(b.serverPort, 10809)
    const disks = b.disks!.disks
    assert.equal(disks.at(0)?.name, 'vda')
    assert.equal(disks.at(0)?.scratch?.file, '/path/to/file')
    assert.equal(disks.at(1)?.backup, false)
    assert.equal(disks.at(2)?.backupmode, 'full')
  })

  it('writes a valid push backup and refuses a bad mode or port unchanged', () => {
    const b = pull()
    b.serverPort = 10810
    assertValid(b.toXml(), 'domainbackup.rng')
    assertRejectedUnchanged(b, () => (b.mode = 'copy' as never))
    assertRejectedUnchanged(b, () => (b.disks!.disks.at(0)!.type = 'network' as never))
  })
})
