# os.environ and os.getenv (the test runners set LC_ALL and PYTHONIOENCODING).
import os

print(os.environ["LC_ALL"], os.getenv("LC_ALL"))
print(os.getenv("PYTHONIOENCODING"))
print(os.getenv("VM_SURELY_NOT_SET"), os.getenv("VM_SURELY_NOT_SET", "fallback"))
print(os.getenv(key="VM_SURELY_NOT_SET", default=42))
print("VM_SURELY_NOT_SET" in os.environ, "LC_ALL" in os.environ)
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
try:
    os.environ["VM_SURELY_NOT_SET"]
except KeyError as e:
    print("KeyError", e)
os.environ["VM_SET_BY_SCRIPT"] = "yes"
print(os.getenv("VM_SET_BY_SCRIPT"))
try:
    os.getenv(1)
except TypeError as e:
    print("TypeError", e)
