# bench

bench-unknown-case = okänt fall { $case }: ange shipped, counterfactuals, synthetic:STORLEK:FRÖ, rank:STORLEK:FRÖ, full:STORLEK:FRÖ eller mknapcb1:INDEX:FIL (STORLEK, FRÖ och INDEX heltal)
bench-not-a-size = { $v } är ingen storlek (ett heltal, t.ex. 1000)
bench-not-a-seed = { $v } är inget frö (ett heltal, t.ex. 1)
bench-not-an-index = { $v } är inget index (ett heltal från 0)
bench-no-such-instance = filen har { $count } instanser (index 0–{ $last }), inte { $index }
bench-no-scenario = inget scenario att mäta
bench-server-did-not-start = servern startade inte inom två minuter
bench-login-without-token = inloggningssidan saknar säkerhetskod (csrf)
