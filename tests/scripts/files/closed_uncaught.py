# Writing to a closed file, uncaught.
f = open("/tmp/vm_test_files_closed_uncaught.txt", "w")
f.write("ok")
f.close()
f.write("late")
