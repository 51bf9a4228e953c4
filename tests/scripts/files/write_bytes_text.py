# Writing bytes to a text file, uncaught.
with open("/tmp/vm_test_files_write_bytes_text.txt", "w") as out:
    out.write("text is fine\n")
    out.write(b"bytes are not")
