# sys.argv with no extra arguments.
import sys
print(sys.argv, type(sys.argv), len(sys.argv))
