# The python side of bench/support/peer-process.ts's protocol, for the long-lived python
# peers of bench/loop and bench/gobject: a {"ready": true} greeting, then one command a line
# on stdin, one JSON line on stdout for each, until `quit` or the end of stdin.
import json, os, sys

def reply(answer):
    try:
        print(json.dumps(answer), flush=True)
    except BrokenPipeError:  # the parent is gone
        os._exit(0)

def serve(commands, errors=()):
    """Answers each command with commands[name](*args) (args as strings); an exception of
    one of the `errors` types, or an unknown command, is answered with {"error": …}."""
    reply({'ready': True})
    while True:
        line = sys.stdin.readline()
        if not line:  # end of stdin: the parent is gone
            return
        cmd, *args = line.split() or ['']
        if cmd == 'quit':
            return
        handler = commands.get(cmd)
        if handler is None:
            reply({'error': 'unknown command: ' + line.strip()})
            continue
        try:
            reply(handler(*args))
        except errors as e:
            reply({'error': str(e)})
