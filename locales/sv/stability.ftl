# stability

stability-heading = Stabilitet – { $scenario } (vikterna varierade ±{ $spread }, { $draws } dragningar, frö { $seed })
stability-summary = { $safe } säkra (finansieras i varje dragning), { $unsure } osäkra, { $outside } utanför (aldrig).
stability-headers-id = Id
stability-headers-titel = Titel
stability-headers-poang = Poäng
stability-headers-finansierad-i = Finansierad i
stability-headers-bedomning = Bedömning
stability-class-saker = säker
stability-class-osaker = osäker
stability-class-utanfor = utanför
