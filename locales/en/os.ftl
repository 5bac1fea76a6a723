# os: the operating system's errors

os-not-found = the file or folder does not exist
os-permission-denied = permission denied
os-already-exists = a file with that name already exists
os-is-a-directory = it is a folder, not a file
os-not-a-directory = part of the path is a file, not a folder
os-storage-full = the disk is full
os-read-only-filesystem = the file system is read-only
os-file-too-large = the file is too large
os-invalid-filename = the name cannot be used as a file name
os-addr-in-use = the address is already used by another program
os-addr-not-available = the address does not exist on this computer
os-connection-refused = the connection was refused
os-timed-out = the time ran out
os-interrupted = interrupted
os-invalid-data = the contents cannot be read
os-unexpected-eof = the file ends too early
os-out-of-memory = there is not enough memory
os-error-number = the operating system gave error number { $code }
os-error = an error in the operating system
