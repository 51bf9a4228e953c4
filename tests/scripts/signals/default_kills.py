# A signal left at SIG_DFL whose default action is to terminate ends the
# process; output written before is flushed by nobody (unbuffered stderr is).
import signal
import sys

print("about to die", file=sys.stderr)
signal.signal(signal.SIGTERM, signal.SIG_DFL)
signal.raise_signal(signal.SIGTERM)
print("not reached", file=sys.stderr)
