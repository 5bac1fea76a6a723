# output

output-exists = { $path } already exists; nothing was written. Choose another name, or give --force to overwrite it (the current one is then kept as { $path }.forra)
output-is-directory = { $path } is a folder; give a file name
output-kept-previous = The previous version is kept as { $path }.
output-wrong-extension = { $path }: the file written is { $kind } and its name should end in { $endings }; nothing was written
output-cannot-write = cannot write { $path }: { $why }
