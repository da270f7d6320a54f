/**
 * The command line of `npm run boxes`.
 * @module
 */

/** The command line: `--connect URI` (default `test:///default`). */
export function parseArgs(argv: readonly string[]): { uri: string } {
  let uri = 'test:///default'
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--connect' || arg === '-c') {
      const next = argv[++i]
      if (!next) throw new Error(`${arg} needs a URI`)
      uri = next
    } else if (arg?.startsWith('--connect=')) {
      uri = arg.slice('--connect='.length)
    } else {
      throw new Error(`unknown argument ${arg}; usage: boxes [--connect URI]`)
    }
  }
  return { uri }
}
