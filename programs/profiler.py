# profiler.py: a sampling profiler in a dozen lines, driven by ITIMER_PROF.
#
#   build/vm run programs/profiler.py
#   python3 programs/profiler.py               prints the same
#
# setitimer(ITIMER_PROF, ...) sends SIGPROF every time the process has used
# another millisecond or so of CPU time. The handler's `frame` argument is the
# frame that was running; following f_back up to the module gives the whole
# call stack, and counting every function on it gives an "inclusive" profile:
# how often each function was running or waiting for a callee.
#
# Real profiles are measurements and differ from run to run. To print only
# facts, each phase of the toy program below keeps working until the profiler
# has seen it at least SAMPLES times, so the report says which functions were
# seen, under which callers, and that the signal kept arriving; the timings
# (on stderr, if you pass --times) are the part that changes.
# Look for the call paths, built from nothing but f_back and f_code.co_name.
import signal
import sys
import time

SAMPLES = 5


class Profiler:
    def __init__(self, interval=0.001):
        self.interval = interval
        self.counts = {}  # function name -> samples with it on the stack
        self.paths = {}  # function name -> its call path when first seen

    def sample(self, signum, frame):
        names = []
        while frame is not None:
            names.append(frame.f_code.co_name)
            frame = frame.f_back
        names.reverse()  # outermost first
        for i, name in enumerate(names):
            if name not in self.counts:
                self.counts[name] = 0
                self.paths[name] = " > ".join(names[: i + 1])
            self.counts[name] += 1

    def seen(self, name):
        return self.counts.get(name, 0)

    def start(self):
        self.previous = signal.signal(signal.SIGPROF, self.sample)
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)

    def stop(self):
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, self.previous)


profiler = Profiler()


# ---- the program being profiled ------------------------------------------------------


def tokenize(text):
    words = []
    while profiler.seen("tokenize") < SAMPLES:
        words = [w.strip(".,").lower() for w in text.split()]
    return words


def count(words):
    counts = {}
    while profiler.seen("count") < SAMPLES:
        counts = {}
        for w in words:
            counts[w] = counts.get(w, 0) + 1
    return counts


def checksum(counts):
    total = 0
    while profiler.seen("checksum") < SAMPLES:
        total = 0
        for word, n in counts.items():
            total = (total * 31 + len(word) * n) % 1_000_003
    return total


def analyse(text):
    return checksum(count(tokenize(text)))


def main():
    text = "The quick brown fox jumps over the lazy dog. " * 50
    started = time.perf_counter()
    profiler.start()
    result = analyse(text)
    profiler.stop()
    elapsed = time.perf_counter() - started
    print(f"checksum: {result}")
    print(f"profile (each phase ran until sampled at least {SAMPLES} times):")
    for name in ("tokenize", "count", "checksum"):
        n = profiler.seen(name)
        print(f"  {name:9} {'ok' if n >= SAMPLES else 'MISSING':7} {profiler.paths.get(name)}")
    print("every sample passed through main:", profiler.seen("main") >= 3 * SAMPLES)
    if "--times" in sys.argv:
        print(f"{elapsed:.3f} s, samples: {profiler.counts}", file=sys.stderr)


main()
