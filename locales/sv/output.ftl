# output

output-exists = { $path } finns redan; ingenting skrevs. Välj ett annat namn, eller ge --force för att skriva över den (den nuvarande sparas då som { $path }.forra)
output-is-directory = { $path } är en mapp; ange ett filnamn
output-kept-previous = Den förra versionen finns kvar som { $path }.
output-wrong-extension = { $path }: filen som skrivs är { $kind } och namnet ska sluta på { $endings }; ingenting skrevs
output-cannot-write = kan inte skriva { $path }: { $why }
