# cli

cli-about = Prioritering av ansökningar om anslag 1:1 Regionala utvecklingsåtgärder (till och med 2021 Regionala tillväxtåtgärder)
cli-commands-heading = Kommandon
cli-command-value = KOMMANDO
cli-arguments-heading = Argument
cli-options-heading = Flaggor
cli-help-flag = Visa hjälp
cli-format-table = tabell på svenska för människor
cli-format-json = stabil JSON för program
cli-format-csv = CSV med kommatecken och decimalpunkt för program
cli-version-flag = Visa versionen
cli-format-help = Utdataformat
cli-lang-help = Språk för allt programmet skriver: sv (svenska, standard) eller en (engelska); utan flaggan avgör LANG
cli-options-value = [FLAGGOR]
cli-possible-values-heading = Möjliga värden:
cli-default-value = [standard: { $value }]
cli-possible-values = [möjliga värden: { $values }]
cli-argument-error = fel
cli-unreadable-command-line = kommandoraden kunde inte tolkas
cli-invalid-utf8 = ett argument är inte giltig UTF-8
cli-valid-values = möjliga värden: { $values }
cli-unknown-argument = okänd flagga eller okänt argument '{ $arg }'
cli-as-a-value = för att ge '{ $arg }' som värde: skriv '-- { $arg }'
cli-unknown-command = okänt kommando '{ $command }'
cli-did-you-mean = menade du { $suggestions }?
cli-missing-arguments = det här måste anges: { $args }
cli-missing-command = ett kommando måste anges: { $commands }
cli-conflicting = { $arg } kan inte användas tillsammans med { $prior }
cli-given-twice = { $arg } får bara anges en gång
cli-needs-equals = { $arg } skrivs med likhetstecken: { $arg }=VÄRDE
cli-wrong-number-of-values = { $arg } tar { $expected } värden, inte { $actual }
cli-unexpected-value = oväntat värde '{ $value }' för { $arg }
cli-usage = Användning: { $usage }
cli-more-help = Mer hjälp: { $command } --help
cli-yes = ja
cli-no = nej
cli-hidden-columns = (Dolt för att tabellen ska få plats: { $names }. Bredda fönstret, eller skriv till en fil för full bredd.)
cli-given = satt utifrån
cli-rank-heading = Rangordning – { $scenario } ({ $candidates ->
    [one] { $candidates } ansökan
   *[other] { $candidates } ansökningar
} att pröva)
cli-demand-line = {"  "}{ $pot }: sökt { $demand }, budget { $budget }
cli-demand-heading = Sökt belopp mot budget:
cli-no-budget = ingen budget
cli-warnings-hint = { $warnings } vid inläsningen; kör `anslag validate` för att se dem.
cli-unknown-application = ansökan "{ $id }" finns inte i scenariot{ $hint }
cli-scenario-missing = hittar inte scenariot { $path }; kontrollera sökvägen (t.ex. scenarios/2021/bas.yaml)
cli-default-missing = hittar inte standardscenariot { $path }; ange ett scenario (t.ex. scenarios/2021/bas.yaml)
cli-output-failed = kunde inte skriva utdata: { $why }
cli-explain-heading = Ansökan { $id }: { $title }
cli-applicant = Sökande
cli-support = Stöd
cli-status = Status
cli-municipalities = Kommuner
cli-requested = Sökt belopp
cli-eligible-cost = Stödberättigande kostnad
cli-cofinancing = Medfinansiering
cli-years = Per år
cli-partial = Kan delfinansieras ned till
cli-decision-date = Beslutsdatum
cli-rules-used = Regler
cli-score = Poäng
cli-out-of-100 = av 100
cli-given-score = Poängen är given utifrån (t.ex. av en extern bedömargrupp eller en omröstning) och ersätter den beräknade; delarna beräknas inte.
cli-no-ratings = inga betyg
cli-not-counted = Betyg som inte räknas:
cli-outweighed = Överskuggade betyg:
cli-eligible = Stödberättigad
cli-eligible-yes = ja – alla prövade regler är uppfyllda
cli-eligible-no = nej – följande regler bryts:
cli-unchecked = Kunde inte prövas:
cli-manual = Prövas av handläggaren:
cli-source = källa
cli-decision-body = Beslutas av (preliminärt, på sökt belopp)
cli-public = offentlig
cli-private = privat
cli-rank = Plats i rangordningen
cli-not-ranked = rankas inte (ingen ansökan att pröva i år)
cli-decided-by = Beslutas av (på beviljat belopp)
cli-not-a-candidate = Ansökan prövas inte i år (den är redan beviljad eller har en annan status).
cli-part-line = { $name }: { $score } × { $weight } = { $points } p
cli-rank-of = { $rank } av { $of }
cli-optimise-heading = Förslag till fördelning – { $scenario }
cli-objective-line = Måluppfyllelse: { $objective } (rangordning och finansiering uppifrån: { $baseline }; skillnad { $gain })
cli-pots = Potter:
cli-overrides = Politiska låsningar och vad de ändrar:
cli-conflict-heading = Scenariots villkor kan inte uppfyllas samtidigt:
cli-pot-line = {"  "}{ $pot }: budget { $budget }, fördelat { $allocated }, kvar { $remaining }
cli-funded-heading = Finansieras ({ $n }):
cli-not-funded-heading = Finansieras inte ({ $n }):
cli-locked = tvingas in
cli-versus-ranking = Jämfört med rangordning och finansiering uppifrån:
cli-displaced-line = {"  "}{ $pot }: { $new } finansieras i stället för { $old }
cli-baseline-missed = {"  "}rangordningen uppfyller inte { $limit }
cli-why-heading = Finansiering i scenariot:
cli-no-highs = HiGHS finns inte i det här bygget; bygg med `cargo build --release --features highs` (kräver cmake och libclang)
cli-usage-word = Användning
cli-whole-between = ange ett heltal från { $min } till { $max }
cli-number-between = ange ett tal från { $min } till { $max }
cli-seconds-between = ange sekunder från { $min } till { $max }
cli-needs-value = { $arg } behöver ett värde
cli-invalid-value = ogiltigt värde '{ $value }' för { $arg }
cli-either = { $first } eller { $last }
cli-rank-headers-plats = Plats
cli-rank-headers-id = Id
cli-rank-headers-titel = Titel
cli-rank-headers-stod = Stöd
cli-rank-headers-sokt = Sökt
cli-rank-headers-poang = Poäng
cli-rank-headers-forankring = Förankring
cli-rank-headers-agenda-2030 = Agenda 2030
cli-rank-headers-kvalitet = Kvalitet
cli-rank-headers-stodberattigad = Stödberättigad
cli-rank-headers-beslut-prel = Beslut (prel.)
cli-funded-headers-id = Id
cli-funded-headers-titel = Titel
cli-funded-headers-stod = Stöd
cli-funded-headers-belopp = Belopp
cli-funded-headers-poang = Poäng
cli-funded-headers-beslutas-av = Beslutas av
cli-funded-headers-last = Låst
cli-not-funded-headers-id = Id
cli-not-funded-headers-titel = Titel
cli-not-funded-headers-poang = Poäng
cli-not-funded-headers-skal = Skäl
cli-not-funded-headers-budget-som-behovs = Budget som behövs
cli-not-funded-headers-poang-som-behovs = Poäng som behövs
cli-rank-footer = { $ineligible } ej stödberättigade (prövas inte för finansiering); { $others } { cli-not-candidates }.
cli-warnings = { $n ->
    [one] { $n } varning
   *[other] { $n } varningar
}
cli-problems-summary = { $errors } fel och { $warnings ->
    [one] { $warnings } varning
   *[other] { $warnings } varningar
}.
cli-validate-ok = { $file }: inga fel ({ $applications ->
    [one] { $applications } ansökan
   *[other] { $applications } ansökningar
}, { $warnings ->
    [one] { $warnings } varning
   *[other] { $warnings } varningar
}).
cli-status-rank-optimal = varje steg i rangordningen bevisat
cli-status-rank-feasible = tillåtet, men tiden räckte inte för att pröva alla i rangordningen
cli-status-optimal = bevisat optimalt
cli-status-feasible = tillåtet men inte bevisat optimalt (högst { $gap } % från det bästa möjliga)
cli-status-infeasible = omöjligt
cli-status-none = ingen fördelning hittades inom tidsgränsen
cli-status-line = Status: { $what } · beräknat på { $seconds } s med { $solver }
cli-form-konsultstod = Konsultstöd
cli-form-mikrobidrag = Mikrobidrag
cli-form-innovationsstod = Innovationsstöd
cli-form-socialt-foretag = Socialt företag
cli-form-turism-samverkan = Samverkande turism
cli-form-investeringsbidrag = Investeringsbidrag
cli-form-miljo-energi = Miljö och energi
cli-form-servicebidrag = Servicebidrag
cli-form-hemsandningsbidrag = Hemsändningsbidrag
cli-form-sarskilt-driftstod = Särskilt driftstöd
cli-status-intresseanmalan = intresseanmälan
cli-status-ansokan = ansökan
cli-status-under-beredning = under beredning
cli-status-beviljad = beviljad
cli-status-avslagen = avslagen
cli-status-pagaende = pågående
cli-status-avslutad = avslutad
cli-value-kalkylblad = KALKYLBLAD
cli-value-fil = FIL
cli-value-mapp = MAPP
cli-value-scenario = SCENARIO
cli-value-vad = VAD
cli-value-namn = NAMN
cli-value-id = ID
cli-value-blad = BLAD
cli-value-adress-port = ADRESS:PORT
cli-value-sekunder = SEKUNDER
cli-value-antal = ANTAL
cli-value-niva = NIVÅ
cli-value-pott = POTT
cli-value-format = FORMAT
cli-value-losare = LÖSARE
cli-value-fall = FALL
cli-value-storlekar = STORLEKAR
cli-value-fro = FRÖ
cli-value-procent = PROCENT
cli-value-sprak = SPRÅK

# The commands' and arguments' help (--help), by command: cli-cmd-COMMAND, cli-arg-COMMAND-ARGUMENT,
# cli-value-help-COMMAND-ARGUMENT-VALUE.
cli-cmd-user-add = Lägger till ett konto eller byter lösenord; lösenordet läses från terminalen (utan eko) eller från standard in
cli-arg-user-add-name = Användarnamnet
cli-arg-user-add-data = Datamappen (standard: den medföljande); kontona hamnar i dess konton.yaml
cli-cmd-user-remove = Tar bort ett konto; dess inloggningar upphör vid nästa sidvisning
cli-arg-user-remove-name = Användarnamnet
cli-arg-user-remove-data = Datamappen (standard: den medföljande)
cli-cmd-validate = Läser in scenarier med allt de pekar på och visar alla fel och varningar
cli-arg-validate-scenarios = Scenariofiler (standard: scenarios/2021/bas.yaml)
cli-cmd-rank = Rangordnar ansökningarna med delpoäng, stödberättigande och preliminär beslutsfattare
cli-arg-rank-scenario = Scenariofil (standard: scenarios/2021/bas.yaml)
cli-cmd-optimise = Föreslår en fördelning inom budgeten, bevisat optimal, bredvid rangordningen
cli-arg-optimise-scenario = Scenariofil (standard: scenarios/2021/bas.yaml)
cli-arg-optimise-time-limit = Tidsgräns i sekunder för en lösning (ersätter scenariots time_limit)
cli-arg-optimise-no-counterfactuals = Hoppa över motfaktiska beräkningar (budget och poäng som skulle behövas)
cli-arg-optimise-solver = Lösare: microlp (standard, ren Rust) eller highs (kräver bygget med --features highs)
cli-arg-optimise-charts = Skriv diagram (SVG) över fördelningen till den här mappen
cli-arg-optimise-force = Skriv över diagram som redan finns (de nuvarande sparas som ….forra)
cli-cmd-bench = Mäter optimeringens tid och minne (för utvecklare; skriver en Markdown-tabell)
cli-arg-bench-sizes = Storlekar på syntetiska portföljer
cli-arg-bench-seed = Slumpfrön för de syntetiska portföljerna, t.ex. 1,2,3 (varje storlek med varje frö)
cli-arg-bench-mknapcb1 = OR-Library-filen mknapcb1.txt (utelämnas om den inte anges)
cli-arg-bench-case = Kör ett enda fall i den här processen (används av bench själv)
cli-arg-bench-scenario = Scenariot som de syntetiska portföljerna bygger på
cli-arg-bench-lp = Skriv fallets modell (--case) i CPLEX LP-format till filen i stället för att lösa den, för att pröva den med en annan lösare
cli-arg-bench-force = Skriv över en befintlig fil med --lp (den nuvarande sparas som ….forra)
cli-arg-bench-time-limit = Tidsgräns per fall i sekunder
cli-arg-bench-web = Mät webbservern under last (den medföljande datan och portföljer av --sizes storlek)
cli-arg-bench-siege = Angrip servern som en exponerad server angrips: inloggningsflod (--clients klienter i --seconds sekunder) och långsamma klienter; mäter svar, minne och hur länge de hålls
cli-arg-bench-server = Programmet som angrips med --siege (standard: det här; ett äldre bygge för att jämföra)
cli-arg-bench-clients = Samtidiga klienter för --web
cli-arg-bench-seconds = Sekunder per slags begäran för --web
cli-cmd-compare = Jämför två scenariers fördelningar: vad som tillkommer, faller bort och hur pengarna flyttas
cli-arg-compare-a = Scenariot att jämföra från
cli-arg-compare-b = Scenariot att jämföra med
cli-cmd-sweep = Budgetkurvan: optimum över ett spann av budgetar, och när varje ansökan tillkommer
cli-arg-sweep-scenario = Scenariofil (standard: scenarios/2021/bas.yaml)
cli-arg-sweep-pot = En pott att variera (projektmedel, foretagsstod, kommersiell_service); utan den skalas alla
cli-arg-sweep-from = Från: procent av budgeten (alla potter) eller ett belopp (en pott), t.ex. 50 eller "10 mkr"
cli-arg-sweep-to = Till: procent av budgeten (alla potter) eller ett belopp (en pott)
cli-arg-sweep-steps = Antal budgetnivåer (2–1 000)
cli-arg-sweep-svg = Skriv budgetkurvan som SVG-diagram till den här filen
cli-arg-sweep-force = Skriv över en befintlig fil med --svg (den nuvarande sparas som ….forra)
cli-cmd-stability = Hur ofta varje ansökan finansieras när vikterna varierar
cli-arg-stability-scenario = Scenariofil (standard: scenarios/2021/bas.yaml)
cli-arg-stability-spread = Hur mycket varje vikt får variera, i procent (±, 0–100)
cli-arg-stability-draws = Antal dragningar (1–100 000)
cli-arg-stability-seed = Slumpfrö (samma frö ger samma resultat)
cli-cmd-export = Skriver rangordning, förslag eller jämförelse som kalkylblad (XLSX, eller CSV för svenskt Excel)
cli-arg-export-scenario = Scenariofil (standard: scenarios/2021/bas.yaml)
cli-arg-export-what = Vad som skrivs
cli-arg-export-format = Filformat
cli-arg-export-output = Filen som skrivs
cli-arg-export-with = Scenariot att jämföra med (för --what comparison)
cli-arg-export-force = Skriv över en befintlig fil (den nuvarande sparas som ….forra)
cli-arg-export-pot = Potten som skrivs (för --what pabulib)
cli-arg-export-decided = Skriv årets förda beslut i stället för förslaget (för --what pabulib)
cli-arg-export-year = Året vars beslut skrivs (med --decided; standard: scenariots år)
cli-cmd-import = Läser en ansökningslista från CSV eller XLSX och skriver den som ansokningar.yaml
cli-arg-import-file = Kalkylbladet (.csv eller .xlsx)
cli-arg-import-output = Filen som skrivs
cli-arg-import-mapping = Mappningsfil när rubrikerna skiljer sig från den dokumenterade layouten
cli-arg-import-sheet = Bladet att läsa (XLSX; standard: det första)
cli-arg-import-scenario = Scenariot vars strategier, Agenda 2030 och regler raderna kontrolleras mot
cli-arg-import-skip-invalid = Skriv de rader som är hela och lista dem som hoppades över
cli-arg-import-force = Skriv över en befintlig fil (den nuvarande sparas som ….forra)
cli-arg-import-register = Läs stöd av mindre betydelse (de minimis) till stödregistret i stället för ansökningar
cli-arg-import-add = Lägg till stöden sist i ett befintligt stödregister (-o) i stället för att skriva en ny fil; den förra versionen sparas som ….forra
cli-cmd-serve = Startar webbgränssnittet (standard: http://127.0.0.1:8080 med den medföljande datan)
cli-arg-serve-bind = Adress och port att lyssna på; en annan adress än 127.0.0.1 visar bara den offentliga vyn (utom med --behind-proxy)
cli-arg-serve-data = Datamappen med scenarios/ och strategies/ (standard: den medföljande)
cli-arg-serve-behind-proxy = Servern nås via en omvänd proxy som sköter TLS (HTTPS): allt utom den offentliga vyn kräver inloggning med konton i datamappens konton.yaml
cli-arg-serve-hosts = Ett namn som servern nås under, utöver 127.0.0.1 och localhost (t.ex. proxyns anslag.region.se); får anges flera gånger. Andra namn avvisas (skydd mot DNS-rebinding)
cli-cmd-user = Hanterar konton för inloggning (`serve --behind-proxy`)
cli-cmd-explain = Förklarar en ansökans poäng, regler och beslutsfattare
cli-arg-explain-id = Ansökans id, t.ex. 2021-0004
cli-arg-explain-scenario = Scenariofil (standard: scenarios/2021/bas.yaml)
cli-value-help-export-what-ranking = Rangordningen med delpoäng, regler och förslaget
cli-value-help-export-what-allocation = Förslaget: varje ansökan med beslut, belopp och skäl, och pengarna per pott
cli-value-help-export-what-comparison = Skillnaden mot scenariot i --with
cli-value-help-export-what-de-minimis = Regionens egna beviljade stöd av mindre betydelse, till det nationella registret
cli-value-help-export-format-xlsx = Excel-arbetsbok med kronformat, låst rubrikrad och filter
cli-value-help-export-format-csv = CSV för svenskt Excel: semikolon, decimalkomma, BOM
cli-value-help-export-what-360giving = De beviljade stöden som öppna data enligt 360Giving (JSON eller CSV)
cli-value-help-export-what-pabulib = Förslaget för en pott som en Pabulib-fil (.pb) för forskning om budgetfördelning
cli-value-help-export-format-json = JSON (bara för --what 360giving)
cli-strategy-line = Strategi: { $name }. { $explanation }
cli-rank-objective-line = Summa poäng för de finansierade: { $total }
cli-other-strategies = Med de andra strategierna:
cli-id-list-more = { $ids } och { $more } till
cli-other-strategy-line = { "  " }{ $name }: { $funded } ansökningar. { $n_entering ->
    [0] Ingen tillkommer
   *[other] Tillkommer ({ $n_entering }): { $entering }
}. { $n_leaving ->
    [0] Ingen faller bort
   *[other] Faller bort ({ $n_leaving }): { $leaving }
}.
cli-cmd-decide = För in ett mötes beslut: förslaget för organets ansökningar, med de ändringar organet gjorde (var och en med sitt skäl), i ansokningar.beslut.yaml
cli-arg-decide-scenario = Scenariofil vars förslag beslutet utgår från (standard: scenarios/2021/bas.yaml)
cli-arg-decide-body = Organet som beslutade, som riktlinjen namnger det (t.ex. "Regionala utvecklingsnämnden")
cli-arg-decide-date = Beslutsdagen, ÅÅÅÅ-MM-DD
cli-arg-decide-case-number = Beslutets diarienummer eller paragraf (t.ex. "RUN 2021/45 § 12")
cli-arg-decide-grant = Beviljad, med ett annat belopp eller trots att den inte föreslogs: ID eller ID=BELOPP; får anges flera gånger
cli-arg-decide-reject = Avslagen trots att den föreslogs: ID; får anges flera gånger
cli-arg-decide-reason = Skälet till en ändring: ID=TEXT; krävs för varje --grant och --reject som avviker från förslaget
cli-arg-decide-who = Vem som för in besluten (till loggen; standard: inloggad användare)
cli-arg-decide-dry-run = Visa besluten utan att skriva något
cli-decide-needs-date = Ange beslutsdagen med --date ÅÅÅÅ-MM-DD.
cli-decide-which-body = Ange vilket organ som beslutade med --body: { $bodies }.
cli-decide-unknown-body = "{ $body }" beslutar inte om någon ansökan i förslaget. Välj bland: { $bodies }.
cli-decide-bad-date = "{ $date }" är inget datum; skriv ÅÅÅÅ-MM-DD.
cli-decide-bad-reason = "{ $text }": skriv skälet som ID=TEXT, t.ex. --reason "2021-0008=Nämnden prioriterade kompetensförsörjning".
cli-decide-bad-amount = "{ $text }" är inget belopp; skriv t.ex. 800000 eller "800 000".
cli-decide-reason-without-change = --reason för { $id } men ingen --grant eller --reject för den.
cli-decide-twice = { $id } anges två gånger.
cli-decide-not-proposed = ej föreslagen
cli-decide-granted = Beviljad
cli-decide-rejected = Avslagen
cli-decide-col-id = Ansökan
cli-decide-col-title = Titel
cli-decide-col-proposed = Förslag
cli-decide-col-decision = Beslut
cli-decide-col-amount = Beviljat
cli-decide-col-change = Skäl till ändring
cli-decide-command-line = kommandoraden
cli-decide-nothing-written = Inget beslut skrevs:
cli-decide-dry-run = Provkörning: inget skrevs. Utan --dry-run förs besluten in för { $body } { $date }.
cli-decide-saved = { $granted } beviljade ({ $amount }), { $rejected } avslagna, { $changed ->
    [0] inga ändringar mot förslaget
    [one] en ändring mot förslaget
   *[other] { $changed } ändringar mot förslaget
}. Skrivet i { $file }.
cli-pot-line-decided = {"  "}{ $pot }: budget { $budget }, redan beviljat i år { $decided }, föreslaget { $allocated }, kvar { $remaining }
cli-cmd-report = Årsrapporter om förda beslut: villkorsbeslutet och rapporten till nämnden
cli-cmd-report-villkor = Årlig rapportering på villkorsbeslut: beviljade 1:1-medel per pott och stödform, nationell strategi, målområde, kommun, utbetalningar per år och bemyndigande
cli-arg-report-villkor-scenario = Scenariofil (standard: scenarios/2021/bas.yaml)
cli-arg-report-villkor-year = Året som rapporteras (standard: scenariots år)
cli-arg-report-villkor-format = Utdataformat; csv ger årets beviljade ansökningar för program
cli-arg-report-villkor-output = Spara också rapporten som kalkylblad (XLSX), ett blad per tabell
cli-arg-report-villkor-force = Ersätt en befintlig fil (den gamla sparas som .forra)
cli-cmd-report-run = Årlig rapportering till nämnden: årets beslut, vad varje pott finansierade, pågående projekt och en projektpresentation per beviljat projekt
cli-arg-report-run-scenario = Scenariofil (standard: scenarios/2021/bas.yaml)
cli-arg-report-run-year = Året som rapporteras (standard: scenariots år)
cli-arg-report-run-format = Utdataformat; csv ger årets beviljade ansökningar för program
cli-arg-report-run-output = Kalkylblad finns bara för villkorsrapporten
cli-arg-report-run-force = Ersätt en befintlig fil
cli-cmd-report-lan = Hela länet: sökt och beviljat per kommun, kronor per invånare, andel beviljade och hur jämnt pengarna är spridda (Gini-koefficient, mest mot minst)
cli-arg-report-lan-scenario = Scenariofil (standard: scenarios/2021/bas.yaml)
cli-arg-report-lan-year = Året som rapporteras (standard: scenariots år)
cli-arg-report-lan-format = Utdataformat
cli-arg-report-lan-output = Kalkylblad finns bara för villkorsrapporten
cli-arg-report-lan-force = Ersätt en befintlig fil
