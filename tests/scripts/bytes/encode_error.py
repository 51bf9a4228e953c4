# An uncaught UnicodeEncodeError with a run of characters.
print("plain".encode("ascii"))
"snow ☃☃ man".encode("ascii")
