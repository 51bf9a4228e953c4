# raise_signal, pthread_kill, pidfd_send_signal and siginterrupt: returns and errors.
import signal

def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "errno", ""))

attempt(signal.raise_signal, 0)
attempt(signal.raise_signal, 65)
attempt(signal.raise_signal, -1)
attempt(signal.raise_signal)
attempt(signal.raise_signal, "x")
attempt(signal.raise_signal, signalnum=10)

attempt(signal.pthread_kill, "x", 0)
attempt(signal.pthread_kill, 1.5, 0)
attempt(signal.pthread_kill, 1)
attempt(signal.pthread_kill)

attempt(signal.pidfd_send_signal, -1, 2)
attempt(signal.pidfd_send_signal, 0, 0)
attempt(signal.pidfd_send_signal, 0, 0, 1)
attempt(signal.pidfd_send_signal, 0, 0, None, 1)
attempt(signal.pidfd_send_signal, 0)
attempt(signal.pidfd_send_signal, "x", 0)

attempt(signal.siginterrupt, signal.SIGUSR1, True)
attempt(signal.siginterrupt, signal.SIGUSR1, False)
attempt(signal.siginterrupt, signal.SIGUSR1, 0)
attempt(signal.siginterrupt, 0, True)
attempt(signal.siginterrupt, 100, 1)
attempt(signal.siginterrupt, signal.SIGKILL, True)
attempt(signal.siginterrupt, signal.SIGUSR1)
attempt(signal.siginterrupt, signal.SIGUSR1, "x")
attempt(signal.siginterrupt, signal.SIGUSR1, 1, 2)
