# Reading a file opened for writing: io.UnsupportedOperation, uncaught.
with open("/tmp/vm_test_files_unsupported.txt", "w") as f:
    f.write("data")
    print("wrote")
    f.read()
