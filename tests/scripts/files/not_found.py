# An uncaught FileNotFoundError.
name = "/tmp/vm_test_files_not_found/missing.txt"
print("opening")
with open(name) as f:
    print(f.read())
