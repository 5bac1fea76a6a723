# stability

stability-heading = Stability – { $scenario } (weights varied ±{ $spread }, { $draws } draws, seed { $seed })
stability-summary = { $safe } safe (funded in every draw), { $unsure } unsure, { $outside } outside (never).
stability-headers-id = Id
stability-headers-titel = Title
stability-headers-poang = Score
stability-headers-finansierad-i = Funded in
stability-headers-bedomning = Assessment
stability-class-saker = safe
stability-class-osaker = unsure
stability-class-utanfor = outside
