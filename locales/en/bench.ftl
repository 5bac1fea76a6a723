# bench

bench-unknown-case = unknown case { $case }: give shipped, counterfactuals, synthetic:SIZE:SEED, rank:SIZE:SEED, full:SIZE:SEED or mknapcb1:INDEX:FILE (SIZE, SEED and INDEX whole numbers)
bench-not-a-size = { $v } is not a size (a whole number, e.g. 1000)
bench-not-a-seed = { $v } is not a seed (a whole number, e.g. 1)
bench-not-an-index = { $v } is not an index (a whole number from 0)
bench-no-such-instance = the file has { $count } instances (index 0–{ $last }), not { $index }
bench-no-scenario = no scenario to measure
bench-server-did-not-start = the server did not start within two minutes
bench-login-without-token = the login page has no security code (csrf)
