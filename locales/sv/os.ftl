# os: the operating system's errors

os-not-found = filen eller mappen finns inte
os-permission-denied = behörighet saknas
os-already-exists = en fil med det namnet finns redan
os-is-a-directory = det är en mapp, inte en fil
os-not-a-directory = en del av sökvägen är en fil, inte en mapp
os-storage-full = disken är full
os-read-only-filesystem = filsystemet är skrivskyddat
os-file-too-large = filen är för stor
os-invalid-filename = namnet går inte att använda som filnamn
os-addr-in-use = adressen används redan av ett annat program
os-addr-not-available = adressen finns inte på den här datorn
os-connection-refused = anslutningen nekades
os-timed-out = tiden tog slut
os-interrupted = avbröts
os-invalid-data = innehållet går inte att läsa
os-unexpected-eof = filen tar slut för tidigt
os-out-of-memory = minnet räcker inte
os-error-number = operativsystemet gav fel nummer { $code }
os-error = ett fel i operativsystemet
