# pthread_kill to the main thread runs the handler before it returns; a
# signal sent to another thread is still handled by the main thread.
import signal
import threading

got = []

def handler(signum, frame):
    got.append((signal.Signals(signum).name, threading.current_thread() is threading.main_thread()))

signal.signal(signal.SIGUSR1, handler)
main = threading.get_ident()
print(main == threading.main_thread().ident)
print(signal.pthread_kill(main, 0), got)
print(signal.pthread_kill(main, signal.SIGUSR1), got)
try:
    signal.pthread_kill(main, 100)
except OSError as e:
    print(type(e).__name__, e.errno, e)

def worker():
    signal.pthread_kill(threading.get_ident(), signal.SIGUSR1)
    got.append(("worker done", threading.current_thread() is threading.main_thread()))

t = threading.Thread(target=worker)
t.start()
t.join()
print(sorted(got))
