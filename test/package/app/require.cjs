// CommonJS consumers get gvir through Node's require(esm): one copy of its module graph.
const gvir = require('gvir')
const gconfig = require('gvir/gconfig')
const doc = gconfig.Domain.fromXml("<domain type='test'><name>cjs</name></domain>")
console.log(JSON.stringify({ connection: typeof gvir.Connection.open, name: doc.name, xml: doc.toXml() }))
