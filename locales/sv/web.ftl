# web

web-app-name = anslag
web-app-subtitle = prioritering av 1:1-anslaget Regionala utvecklingsåtgärder
web-skip-to-content = Hoppa till innehållet
web-main-menu = Huvudmeny
web-scenario = Scenario
web-show = Visa
web-footer = Förslagen är beslutsunderlag. Beslut fattas av Regionstyrelsen, Regionala utvecklingsnämnden eller enligt delegation.
web-back-to-overview = Till översikten
web-back-to-list = ← Tillbaka till ansökningarna
web-chart-failed = Diagrammet kunde inte ritas; siffrorna finns i tabellerna.
web-reload = Ladda om sidan
web-nav-overview = Översikt
web-nav-applications = Ansökningar
web-nav-strategy = Strategi
web-nav-scenarios = Scenarier
web-nav-compare = Jämför
web-nav-frontier = Budgetkurva
web-nav-memo = Beslutsunderlag
web-nav-public = Så fördelas 1:1-anslaget
web-nav-accessibility = Tillgänglighetsredogörelse
web-err-bad-request = Felaktig begäran
web-err-not-found = Sidan finns inte
web-err-forbidden = Inte tillåtet
web-err-timeout = Beräkningen tog för lång tid
web-err-timeout-text = Beräkningen hann inte bli klar inom tidsgränsen. Försök igen, eller förenkla scenariot (färre låsningar eller begränsningar).
web-xlsx = Excel (XLSX)
web-csv = CSV för svenskt Excel
web-download-ranking = Ladda ner rangordningen
web-download-proposal = Ladda ner förslaget med skäl
web-download-comparison = Ladda ner jämförelsen
web-unknown-download = Det finns ingen fil ”{ $file }” att ladda ner. Filerna är rangordning, forslag och jamforelse, som .xlsx eller .csv.
web-assess-heading = Ändra bedömningen
web-assess-intro = Ändringarna sparas i en egen fil bredvid ansökningarna (ansökningsfilen skrivs aldrig om), med vem, när och varför i en logg. Om någon annan har sparat under tiden tas din ändring inte emot förrän du sett deras.
web-assess-links = Koppling till strategierna
web-assess-agenda = Agenda 2030 – de globala målen
web-assess-criteria = Kvalitetskriterier
web-assess-status = Status i ärendet
web-assess-who = Ditt namn
web-assess-why = Skäl till ändringen
web-assess-hint = Välj ett betyg 0–3 för varje mål, globalt mål och kriterium som ansökan bidrar till. ”Ingen bedömning” räknas som 0. Grupper med betyg är öppna; öppna en annan grupp för att sätta betyg där.
web-assess-criteria-group = Kriterierna i riktlinjen
web-assess-activities = Aktiviteter i verksamhetsplanerna
web-assess-others = Övriga
web-assess-rus-group = RUS – { $name }
web-assess-goal = Mål { $number }: { $name }
web-assess-not-rated = ingen bedömning
web-assess-not-rated-option = Ingen bedömning
web-assess-scale-0 = 0 – inte alls
web-assess-scale-1 = 1 – i liten grad
web-assess-scale-2 = 2 – i hög grad
web-assess-scale-3 = 3 – i mycket hög grad
web-assess-count = { $count ->
    [0] inga betyg
   *[other] { $count } betyg
}
web-assess-case = Ärendet
web-assess-errors = Rätta följande och spara igen
web-assess-bad-rating = { $label }: ”{ $value }” är inget betyg. Välj 0, 1, 2, 3 eller Ingen bedömning.
web-assess-unknown-rating = Fältet ”{ $field }” finns inte i formuläret för den här ansökan. Ladda om sidan och gör ändringen igen.
web-assess-change = { $label }: { $before } → { $after }
web-assess-entry = Senast ändrat av { $who } { $when }: { $what }. Skäl: { $why }
web-assess-unchanged = Du ändrade inget i bedömningen, så inget sparades.
web-assess-changed = Det här ändrades:
web-log-heading = Ändringar av bedömningen
web-log-empty = Ingen har ändrat bedömningen här i verktyget. Betygen kommer från ansökningsfilen.
web-log-when = När
web-log-who = Vem
web-log-what = Vad som ändrades
web-log-why = Skäl
web-log-effect = Följd för förslaget
web-effect-scenario = I scenariot { $scenario }:
web-effect-score = Poängen ändrades från { $before } till { $after }.
web-effect-rank = Platsen i rangordningen ändrades från { $before } till { $after }.
web-effect-unranked = Ansökan är inte längre med i rangordningen.
web-effect-ranked = Ansökan kom in i rangordningen på plats { $place }.
web-effect-grant = beviljande av { $amount }
web-effect-reject = avslag
web-effect-not-tried = ingen prövning (status: { $status })
web-effect-same = Förslaget för { $id } är detsamma som förut: { $now }.
web-effect-verdict = Förslaget för { $id } ändrades från { $before } till { $now }.
web-effect-more = och { $count } till
web-effect-item = { $id } ({ $amount })
web-effect-changed-item = { $id } ({ $before } → { $after })
web-effect-entered = Kommer in i förslaget: { $list }.
web-effect-left = Faller bort ur förslaget: { $list }.
web-effect-changed = Får ett annat belopp: { $list }.
web-effect-reject-ineligible = avslag, eftersom den inte är stödberättigad
web-assess-both-changed = Ni ändrade samma sak på olika sätt; ditt val står kvar i formuläret:
web-assess-both-changed-field = { $label }: den andra ändringen satte { $theirs }, du valde { $mine }. Välj vad som ska gälla.
web-too-long = { $label }: högst { $most } tecken.
web-effect-no-others = Inga andra ansökningar kommer in i eller faller bort ur förslaget.
web-assess-save = Spara bedömningen
web-assess-saved = Bedömningen är sparad. Poäng och förslag är räknade på nytt.
web-assess-who-missing = Skriv ditt namn, så att loggen visar vem som ändrade.
web-assess-why-missing = Skriv ett skäl till ändringen.
web-assess-conflict-heading = Någon annan har ändrat
web-in-scenario = I scenariot { $scenario }: { $message }
web-assess-conflict = Någon annan har sparat en ändring av { $id } sedan du öppnade sidan, så din ändring är inte sparad än. I formuläret nedan finns deras ändring och din sammanfogade. Kontrollera och spara igen.
web-err-method = Fel slags begäran
web-err-method-text = Adressen tar inte emot den här sortens begäran. Använd länkarna och formulären på sidorna.
web-bad-path = Adressen innehåller tecken som inte kan läsas (ogiltig UTF-8).
web-err-too-large = För stort formulär
web-err-too-large-text = Formuläret är större än servern tar emot (256 kB). Korta ned texterna och försök igen.
web-bad-body = Formuläret kunde inte läsas (det är inte text i UTF-8).
web-err-slow = Formuläret kom inte fram i tid
web-err-slow-text = Det tog för lång tid att ta emot det som skickades. Gå tillbaka i webbläsaren och skicka igen; ingenting sparades.
web-err-host = Okänt namn på servern
web-err-host-text = Servern svarar bara under sina egna namn (127.0.0.1 och localhost, och de namn den startades med genom --host). Öppna den under något av dem.
web-err-busy = Servern är upptagen
web-err-busy-text = Många beräkningar pågår just nu. Vänta en stund och försök igen; inget av det du skrev har försvunnit – gå tillbaka i webbläsaren.
web-err-internal = Något gick fel
web-err-internal-text = Ett oväntat fel inträffade i servern. Inget har sparats. Felet är loggat; försök igen eller kontakta den som driver tjänsten.
web-err-no-page = Det finns ingen sida med den adressen. Använd menyn för att hitta rätt.
web-too-many-fields = Begäran innehåller för många fält.
web-save-not-allowed = Scenarier kan bara sparas när servern lyssnar på den egna datorn (127.0.0.1). Inloggning för en delad server kommer i en senare version.
web-cross-site = Formuläret skickades från en annan webbplats och togs inte emot. Spara från sidan Scenarier i anslag.
web-save-name-missing = Ge scenariot ett namn: en rad text, högst 200 tecken, utan tabbar eller radbrytningar.
web-save-file-bad = Filnamnet får bara innehålla små bokstäver a–z, siffror och bindestreck och ska börja och sluta med en bokstav eller siffra (högst 60 tecken), t.ex. budget-plus-5.
web-form-source = formuläret
web-value-too-long = Fältet ”{ $field }” är för långt.
web-control-characters = Fältet ”{ $field }” innehåller otillåtna styrtecken.
web-bad-choice = { $label }: ”{ $got }” är inget giltigt val. Giltiga val: { $allowed }.
web-bad-number = { $label }: ”{ $got }” är inget heltal mellan { $min } och { $max }.
web-unknown-value = { $label }: ”{ $got }” finns inte bland valen.
web-unknown-scenario = Det finns inget scenario ”{ $key }”. Scenarier som finns: { $keys }.
web-unknown-application = Det finns ingen ansökan ”{ $id }”{ $hint }.
web-no-scenarios-folder = kan inte läsa mappen { $path }: { $why }; ange datamappen med --data (den som innehåller scenarios/ och strategies/)
web-loading = Läser in och optimerar scenarierna i { $data } …
web-load-failed = datan kunde inte läsas in (ett internt fel); kör `anslag validate` för att se om något är fel i filerna
web-cannot-listen = kan inte lyssna på { $addr }: { $why }; välj en annan port med --bind 127.0.0.1:8081
web-no-scenarios = inga scenarier kunde läsas under { $path }; kör `anslag validate` för att se felen
web-all = Alla
web-pot = Pott
web-year = År
web-budget = Budget
web-frame = Ram
web-committed = Tidigare åtaganden
web-proposed = Föreslaget
web-remaining = Kvar
web-amount = Belopp
web-count = Antal
web-decision-body = Beslutsfattare
web-status = Status
web-objective = Summa poäng för de föreslagna
web-funded-count = Ansökningar som föreslås
web-candidates = Ansökningar att pröva
web-total-budget = Budget i potterna
web-reason = Motivering
web-what = Vad
web-before = Före (A)
web-after = Efter (B)
web-change = Förändring
web-area = Målområde
web-prioritised = prioriterat i RUS
web-measure = Mått
web-status-optimal = Förslaget är bevisat det bästa enligt strategin ”{ $strategy }”: ingen annan fördelning inom budgeten och villkoren är bättre.
web-status-no-solution = Tidsgränsen nåddes innan någon fördelning hittades. Försök med längre tidsgräns.
web-status-feasible = Förslaget håller budgeten och villkoren, men det är inte bevisat att det är det bästa: det kan finnas en fördelning som är högst { $gap } bättre.
web-status-infeasible = Scenariot går inte att uppfylla: { $summary }
web-overview-title = Översikt – { $scenario }
web-gain-sentence = Jämfört med att finansiera i rangordning tills pengarna tar slut ({ $baseline_count ->
    [one] { $baseline_count } ansökan
   *[other] { $baseline_count } ansökningar
}) ger förslaget { $gain } poäng mer sammanlagt.
web-budget-heading = Budget per pott
web-payments-heading = Utbetalningar per år
web-proposed-payments = Föreslagna utbetalningar
web-frame-remaining = Kvar av ramen
web-no-frame = ur årets budget
web-budget-caption = Vad som beviljas { $year }, alla år räknade: potternas budget, förslaget och vad som blir kvar
web-payments-caption = Utbetalningar per pott och år: { $year } betalas ur årets budget, senare år ryms inom planeringsramarna tillsammans med tidigare åtaganden
web-bodies-heading = Vem beslutar
web-bodies-caption = Föreslagna ansökningar per beslutsfattare
web-nothing-funded = Inget föreslås.
web-pictures-heading = Bilder
web-see-applications = Se alla ansökningar
web-see-memo = Beslutsunderlaget för utskrift
web-warnings-heading = Att observera
web-broken-scenarios = Scenariofiler som inte kunde läsas
web-applications-title = Ansökningar – { $scenario }
web-ranking-caption = Ansökningarna i { $scenario } och förslaget för var och en
web-col-rank = Rang
web-col-id = Diarienummer
web-col-title = Projekt och sökande
web-col-support = Stöd
web-col-municipality = Kommun
web-col-requested = Sökt belopp
web-col-score = Poäng
web-col-decision-body = Beslutas av
web-col-proposal = Förslag
web-col-decided = Beslutsdatum
web-col-granted = Beviljat belopp
web-f-pot = Pott
web-f-form = Stödform
web-f-municipality = Kommun
web-f-status = Status i ärendet
web-f-proposal = Förslag
web-f-body = Beslutas av
web-f-node = Bidrar tydligt till (betyg 2–3)
web-f-goal = Globalt mål (betyg 2–3)
web-f-text = Fritext
web-f-sort = Sortering
web-f-order = Ordning
web-proposal-yes = Föreslås
web-proposal-no = Föreslås inte
web-filter-legend = Filtrera
web-filter-button = Filtrera
web-clear-filters = Rensa filter
web-showing = Visar { $shown } av { $total ->
    [one] { $total } ansökan
   *[other] { $total } ansökningar
}.
web-sort-hint = {" "}(sortera efter { $label })
web-score-heading = Poäng
web-path = Väg genom strategidokumenten
web-rating = Betyg
web-points = Poäng
web-rules-heading = Riktlinjens regler
web-eligible-yes = Stödberättigad: alla regler som kan prövas här är uppfyllda.
web-eligible-no = Inte stödberättigad:
web-why-heading = Förslaget och varför
web-blocked-by = Stoppas av:
web-counterfactuals-pending = Vilken budget eller poäng som skulle ge ansökan pengar beräknas just nu i bakgrunden. Ladda om sidan om en halv minut.
web-counterfactuals-off = Vilken budget eller poäng som skulle ge ansökan pengar beräknas inte på den här servern; kör `anslag explain` för det.
web-lines-caption = { $part }: vägar, betyg och poäng
web-rules-period = Regler som gäller: { $period }.
web-must-fund-reason = Politiskt beslut: { $reason }
web-strategy-title = Strategi – { $name }
web-strategy-intro = Hierarkin från den regionala utvecklingsstrategin (RUS) via målområden och delmål till planernas mål och aktiviteter. Vid varje nod: hur många ansökningar som bidrar till den (betyg 1–3 på noden eller under den), hur många av dem som föreslås, och deras sammanlagda belopp. En ansökan som bidrar till flera noder räknas vid var och en; fördelningen per målområde nedan delar i stället pengarna efter bidragen till poängen och summerar till det föreslagna.
web-split-caption = Föreslagna pengar per målområde i RUS, delade efter bidragen till poängen
web-tree-heading = Hierarkin
web-plans-heading = Planer och deras mål
web-shown-above = (underliggande noder visas ovan)
web-flow = – { $serving ->
    [one] { $serving } ansökan
   *[other] { $serving } ansökningar
} bidrar, { $funded } föreslås, { $amount }
web-tree-show = { $count ->
    [one] Visa ansökan
   *[other] Visa de { $count } ansökningarna
}
web-also-under = (tjänar: { $parents })
web-node-in-force-between = (gäller { $from } – { $to })
web-node-in-force-from = (gäller från { $from })
web-node-in-force-to = (gällde till och med { $to })
web-scenarios-title = Scenarier – utgår från { $scenario }
web-scenarios-intro = Ändra budget, vikter, lägsta poäng och politiska låsningar och se den nya fördelningen och skillnaden mot utgångsscenariot. Inget sparas förrän du väljer att spara.
web-budgets-legend = Budget per pott
web-budget-hint = Skriv beloppen som 18,4 mkr, 850 tkr eller 18 400 000.
web-weights-legend = Vikter för poängens delar
web-weights-hint = Vikterna räknas om så att de summerar till 1; skriv t.ex. 0,5, 0,2 och 0,3.
web-areas-legend = Vikter för RUS målområden
web-areas-hint = Vikten jämförs med de andra målområdena: 2 betyder dubbelt så viktigt som ett målområde med vikten 1.
web-rules-legend = Lägsta poäng och strategi
web-min-score-label = Lägsta poäng (0–100, tomt = ingen gräns)
web-objective-label = Strategi för förslaget
web-locks-legend = Politiska låsningar
web-locks-hint = En ansökan per rad: diarienumret först, sedan skälet (skälet krävs). Exempel: 2021-0001 Regionstyrelsens beslut 2021-03-09 §6
web-must-fund-label = Ska beviljas (politiskt ställningstagande)
web-exclude-label = Ska inte beviljas (politiskt ställningstagande)
web-simulate = Beräkna ny fördelning
web-reset-form = Börja om från scenariot
web-form-errors = Rätta följande och beräkna igen
web-result-heading = Den nya fördelningen
web-result-summary = Utgångsscenariot och den nya fördelningen
web-result-start = Utgångsscenariot
web-result-new = Nya fördelningen
web-result-granted-count = Ansökningar som föreslås beviljas
web-result-granted-sum = Föreslaget belopp
web-result-left-sum = Kvar i potterna
web-result-strategy = Strategi
web-result-other-measure = Snittpoängen jämförs inte: poängen räknas med andra vikter än i utgångsscenariot.
web-result-pots = Potterna i den nya fördelningen
web-result-all = Hela den nya fördelningen ({ $count } ansökningar)
web-result-all-caption = Ansökningar som föreslås beviljas i den nya fördelningen
web-result-versus = Jämfört med utgångsscenariot
web-result-same = Oförändrad
web-result-new-entry = Ny
web-result-changed = Före: { $amount }
web-result-download = Ladda ner den nya fördelningen:
web-result-change-form = Ändra förutsättningarna
web-saved = Scenariot ”{ $name }” är sparat i filen { $file } och visas nu. Allt som inte ändrades ärver det från utgångsscenariot.
web-overrides-heading = Vad de politiska låsningarna ändrar
web-overrides-hint = Varje låsning jämförs med samma inställningar utan just den låsningen.
web-compare-diff-heading = Skillnad från { $a } till { $b }
web-gap-small = mindre än 0,1 %
web-diff-heading = Skillnad mot utgångsscenariot
web-no-difference = Ingen skillnad: samma ansökningar med samma belopp.
web-entered = Tillkommer
web-left = Faller bort
web-changed = Ändrat belopp
web-moved-by-pot = Per pott
web-moved-by-year = Per år
web-moved-by-body = Per beslutsfattare
web-moved-by-municipality = Per kommun
web-moved-by-area = Per målområde i RUS
web-save-heading = Spara som nytt scenario
web-save-name = Scenariots namn
web-save-file = Filnamn
web-save-file-hint = Små bokstäver a–z, siffror och bindestreck; sparas som .yaml i samma mapp som utgångsscenariot, som det ärver från. En befintlig fil skrivs aldrig över.
web-save-button = Spara scenariot
web-budget-missing = Ange en budget för { $pot }.
web-budget-whole = Budgeten för { $pot } ska vara hela kronor.
web-amount-not-a-number = inget tal; skriv t.ex. 1 200 000, 1,2 mkr eller 850 tkr
web-bad-amount = Budgeten för { $pot }: ”{ $text }” går inte att läsa ({ $why }).
web-bad-weight = Vikten för { $part }: ”{ $text }” är inget tal mellan 0 och 1 000.
web-bad-min-score = Lägsta poäng: ”{ $text }” är inget tal mellan 0 och 100.
web-lock-twice = { $id } står två gånger.
web-too-many-locks = Högst { $max } låsningar av varje slag.
web-file-exists = Det finns redan en fil { $name }; välj ett annat filnamn. Inget har skrivits över.
web-compare-title = Jämför { $a } och { $b }
web-compare-legend = Välj två scenarier
web-scenario-a = Scenario A (före)
web-scenario-b = Scenario B (efter)
web-compare-button = Jämför
web-settings-heading = Det här skiljer scenarierna åt
web-settings-caption = Inställningar som skiljer sig mellan scenarierna
web-settings-same = Scenarierna har samma budget, vikter, regler och låsningar. Skillnaderna nedan kommer av ansökningarna eller deras bedömning.
web-setting-budget = Budget för { $pot }
web-setting-frame = Ram för { $pot } { $year }
web-setting-committed = Tidigare åtaganden för { $pot } { $year }
web-setting-ceiling = Bemyndiganderam
web-setting-partial = Delfinansiering tillåten
web-setting-weight = Vikt för { $what }
web-setting-other-weights = Vikter inom Agenda 2030, kvalitet eller strategins mål
web-setting-differs = annorlunda än i det andra scenariot
web-setting-constraints = Villkor som bara finns i det ena
web-setting-nothing = –
web-compare-no-mean = Snittpoängen jämförs inte: poängen räknas på olika sätt i de två scenarierna.
web-compare-summary = Scenarierna sida vid sida
web-frontier-title = Budgetkurva – { $scenario }
web-frontier-intro = Kurvan visar förslaget, med scenariots strategi, när alla potters budget skalas från 50 till 150 procent av scenariots. Den streckade linjen är scenariots budget. Fyllda punkter är budgetnivåer där minst en ansökan kommer in i förslaget, ofyllda nivåer där ingen ny kommer in. Med Rangordningen först kan summan av poäng sjunka när budgeten ökar: då får en högre rankad och dyrare ansökan plats och tar pengar som annars räckt till flera mindre.
web-frontier-pending = Budgetkurvan räknas fram just nu i bakgrunden (ett förslag för var och en av 21 budgetnivåer). Ladda om sidan om en halv minut.
web-frontier-off = Budgetkurvan beräknas inte på den här servern; kör `anslag sweep` för den.
web-frontier-table = Förslaget vid varje budgetnivå
web-level = Nivå
web-entries-heading = När ansökningar kommer in och faller bort
web-entries-caption = Budget (alla potter) där ansökan kommer in i eller faller ur förslaget
web-no-entries = Samma ansökningar föreslås vid alla nivåer.
web-enters-at = Kommer in vid
web-leaves-at = Faller bort vid
web-memo-title = Beslutsunderlag – { $scenario }
web-summary-heading = Sammanfattning
web-per-pot-caption = Budget och förslag per pott, beslutsåret
web-memo-summary = Förslaget fördelar { $total } av potternas { $budget } för { $year } på { $n ->
    [one] { $n } ansökan
   *[other] { $n } ansökningar
}.
web-public-title = Så fördelas 1:1-anslaget
web-public-intro = Här visas bara beviljade stöd ur anslaget 1:1.
web-public-caption = Beviljade stöd
web-public-count = { $n } beviljade stöd, sammanlagt { $total }.
web-a11y-title = Tillgänglighetsredogörelse
web-listening-login = anslag lyssnar på http://{ $addr } bakom en TLS-proxy: allt utom den offentliga vyn kräver inloggning (konton i konton.yaml). Avsluta med Ctrl-C.
web-listening-public = anslag visar den offentliga vyn på http://{ $addr } (bara beslutade stöd). Redigering och resten kräver inloggning: kör bakom en TLS-proxy med --behind-proxy. Avsluta med Ctrl-C.
web-listening = anslag är igång på http://{ $addr } – öppna adressen i en webbläsare. Avsluta med Ctrl-C.
web-prove-link = Räkna tills det är bevisat att förslaget är det bästa (kan ta upp till { $seconds } sekunder)
web-memo-whole = Föreslås beviljas { $amount }, hela det sökta beloppet.
web-memo-part = Föreslås beviljas { $amount } av sökta { $requested }.
web-memo-forced-because = Ska beviljas (politiskt ställningstagande): { $reason }.
web-memo-forced = Ska beviljas (politiskt ställningstagande).
web-memo-score-rank-path = Får { $score } poäng (plats { $rank }) och bidrar mest till { $path }.
web-memo-score-path = Får { $score } poäng och bidrar mest till { $path }.
web-memo-score-rank = Får { $score } poäng (plats { $rank }).
web-memo-score = Får { $score } poäng.
web-internal-error-log = anslag serve: internt fel: { $what }
web-chart-failed-log = anslag serve: diagrammet kunde inte ritas: { $why }
web-status-rank-optimal = Förslaget följer rangordningen, bevisat: varje ansökan har prövats i tur och ordning och fått pengar när någon fördelning som håller budgeten och villkoren kunde ge den det tillsammans med dem ovanför.
web-status-rank-feasible = Förslaget håller budgeten och villkoren, men tiden räckte inte för att pröva alla ansökningar i rangordningen; de som inte hann prövas får inga pengar.
web-strategy = Strategi

# Beslutsunderlag: the heading block, the proposal per body, the appendix.
web-memo-matter-label = Ärende
web-memo-matter-until-2021 = Fördelning av { $year } års medel ur anslaget 1:1 Regionala tillväxtåtgärder
web-memo-matter = Fördelning av { $year } års medel ur anslaget 1:1 Regionala utvecklingsåtgärder
web-memo-to-label = Till
web-memo-date-label = Datum
web-memo-dnr-label = Diarienummer
web-memo-dnr-blank = ………………………
web-memo-dnr-field = Diarienummer att skriva ut på underlaget
web-memo-dnr-button = Visa med diarienummer
web-memo-version-label = Version
web-memo-version = Scenario { $scenario }, förslag { $code } (koden ändras när förslaget ändras)
web-memo-decision-heading = Förslag till beslut
web-memo-decides = { $body } beslutar om { $pots } över { $threshold }.
web-memo-nothing = Inget i förslaget beslutas av { $body }.
web-memo-propose-grant = { $body } föreslås besluta att bevilja { $grants ->
    [one] en ansökan
   *[other] { $grants } ansökningar
} med sammanlagt { $sum }.
web-memo-propose-reject = { $body } föreslås besluta att avslå { $rejections ->
    [one] en ansökan
   *[other] { $rejections } ansökningar
}.
web-memo-propose-both = { $body } föreslås besluta att bevilja { $grants ->
    [one] en ansökan
   *[other] { $grants } ansökningar
} med sammanlagt { $sum } och att avslå { $rejections ->
    [one] en ansökan
   *[other] { $rejections } ansökningar
}.
web-memo-grant-caption = Föreslås beviljas av { $body }
web-memo-reject-caption = Föreslås avslag av { $body }
web-memo-col-application = Ansökan
web-memo-reject = Föreslås avslag.
web-memo-delegation-note = Ansökningar på högst { $threshold } beslutas på delegation: { $grants ->
    [one] en föreslås beviljas
   *[other] { $grants } föreslås beviljas
} och { $rejections ->
    [one] en föreslås avslag
   *[other] { $rejections } föreslås avslag
}. De redovisas i bilagan.
web-memo-basis-heading = Så togs förslaget fram
web-memo-others-heading = Vad de andra strategierna skulle ändra
web-memo-others-caption = Ansökningar som skulle få eller förlora pengar med en annan strategi, med samma budget och regler
web-memo-others-missing = Tiden räckte inte för att räkna fram de andra strategiernas förslag.
web-memo-others-pending = De andra strategiernas förslag räknas fram just nu. Ladda om sidan om en halv minut.
web-memo-others-none = inga
web-memo-col-funded = Ansökningar med pengar
web-memo-col-entering = Skulle få pengar i stället
web-memo-col-leaving = Skulle inte längre få pengar
web-memo-ids-more = { $ids } och { $more } till
web-memo-appendix-heading = Bilaga: beslut på delegation
web-memo-appendix-intro = Ansökningar på högst { $threshold } beslutas inte av nämnden eller styrelsen utan på delegation. Här är de sammanställda; motiveringen för varje ansökan finns på dess sida i anslag.
web-memo-appendix-summary-caption = Beslut på delegation per pott
web-memo-appendix-list-caption = Beslut på delegation, ansökan för ansökan
web-memo-col-grants = Föreslås beviljas
web-memo-col-granted-sum = Belopp
web-memo-col-rejections = Föreslås avslag
web-memo-col-proposal = Förslag
web-memo-rejected = Avslag: { $reason }
web-total = Totalt
web-verdict-grant = Föreslås beviljas
web-verdict-reject = Föreslås avslag
web-mean-score = Snittpoäng för de föreslagna
web-memo-conditions-heading = Villkor som förslaget håller
web-memo-min-score = Ingen ansökan under { $min } poäng får pengar (scenariots lägsta poäng).
web-shown-sums = Sökt sammanlagt { $requested }, föreslaget { $proposed }.
web-nothing-shown = Ingen ansökan passar alla filtren. Välj ”Alla” i något av dem, ändra sökordet eller
web-nothing-shown-clear = rensa alla filter
web-a11y-about-heading = Tillgänglighet för anslag
web-a11y-about = { $organisation } står bakom tjänsten anslag, som används för att bereda och prioritera ansökningar om medel ur anslaget 1:1. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur tjänsten uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan rapportera problem så att vi kan åtgärda dem.
web-a11y-status-heading = Hur tillgänglig är tjänsten?
web-a11y-status = Tjänsten är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.
web-a11y-gaps-heading = Innehåll som inte är tillgängligt
web-a11y-gap-review = Tjänsten har inte granskats av en extern granskare och inte testats av användare med funktionsnedsättningar. Automatiska kontroller hittar inte alla brister, så det kan finnas sådana som vi inte känner till.
web-a11y-gap-charts = Texten i diagrammen kan vara liten, särskilt på papper och på mobil. Samma siffror finns alltid i en tabell på samma sida.
web-a11y-gap-tables = Breda tabeller får rullas i sidled på en smal skärm; sidan i övrigt anpassar sig till skärmens bredd.
web-a11y-design = Sidorna fungerar utan JavaScript, med tangentbord och med skärmläsare. Strategihierarkin visas som en nästlad lista och inte som en ritad bild, för att den ska gå att läsa med skärmläsare.
web-a11y-other-form-heading = Vad kan du göra om du inte kan använda delar av tjänsten?
web-a11y-other-form = Om du behöver innehåll från tjänsten i en annan form, till exempel beslutsunderlaget som fil eller uppläst, kontakta oss:
web-a11y-report-heading = Rapportera brister i tjänstens tillgänglighet
web-a11y-report = Vi strävar hela tiden efter att förbättra tillgängligheten. Om du upptäcker problem som inte beskrivs här, eller om du anser att vi inte uppfyller lagens krav, meddela oss så att vi får veta att problemet finns. Använd samma kontaktvägar som ovan.
web-a11y-email = E-post
web-a11y-phone = Telefon
web-a11y-response = Du får svar { $time }.
web-a11y-no-contact = Kontaktuppgifter saknas på den här servern: regionen skriver in dem i filen tillganglighet.yaml i datamappen.
web-a11y-supervision-heading = Tillsyn
web-a11y-supervision = Myndigheten för digital förvaltning (DIGG) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du anmäla det till DIGG.
web-a11y-digg-link = Anmäl bristande tillgänglighet till DIGG
web-a11y-method-heading = Hur vi testat tjänsten
web-a11y-method = Bedömningen är gjord av oss själva ({ $method }). Den senaste bedömningen gjordes den { $assessed }. Redogörelsen uppdaterades senast den { $updated }.
web-a11y-file-problem = Redogörelsens uppgifter om regionen kunde inte läsas:
web-a11y-region = Regionen
web-footer-public = Besluten fattas av Regionstyrelsen, Regionala utvecklingsnämnden eller på delegation.
web-lock-needs-reason = { $id } saknar skäl: skriv skälet efter diarienumret, till exempel ”{ $id } Regionstyrelsens beslut 2021-03-09 §6”.
web-glossary-title = Ordlista
web-glossary-intro = Ord som förslaget, beslutsunderlaget och sidorna använder, förklarade.
web-glossary-term-1 = Poäng
web-glossary-def-1 = Ett tal mellan 0 och 100 som visar hur väl en ansökan stämmer med regionens strategier. Det vägs ihop av tre delar: hur ansökan bidrar till den regionala utvecklingsstrategin (RUS) och planerna under den, hur den bidrar till Agenda 2030 och projektets kvalitet. Ansökan visar hur poängen räknats fram, steg för steg.
web-glossary-term-2 = Rangordning
web-glossary-def-2 = Ansökningarna ordnade efter poäng, den högsta först. Vid lika poäng går den ansökan före som söker minst pengar, sedan den med lägst diarienummer.
web-glossary-term-3 = Lägsta poäng
web-glossary-def-3 = Den poäng en ansökan minst måste ha för att kunna föreslås. Ansökningar under den föreslås inte, hur mycket pengar det än finns.
web-glossary-term-4 = Pott
web-glossary-def-4 = En del av anslaget som bara får användas till ett slags stöd: projektmedel, företagsstöd eller kommersiell service. Varje pott har en egen budget för året.
web-glossary-term-5 = Ram (planeringsram)
web-glossary-def-5 = Det belopp som får betalas ut ur en pott ett senare år. Stöd som beslutas i år men betalas ut under flera år måste rymmas både i årets budget och i de senare årens ramar.
web-glossary-term-6 = Tidigare åtaganden
web-glossary-def-6 = Pengar som redan är utlovade i tidigare beslut och som betalas ut kommande år. De minskar det som finns kvar i ramarna.
web-glossary-term-7 = Bemyndigande
web-glossary-def-7 = Regeringens tillstånd att fatta beslut i år som binder pengar för senare år. Bemyndiganderamen är det högsta belopp som sammanlagt får vara utlovat för senare år.
web-glossary-term-8 = Villkor
web-glossary-def-8 = Regler som förslaget måste hålla utöver budgeten, till exempel att en viss andel av projektmedlen ska gå utanför Västerås, att varje kommun ska få något företagsstöd, att handläggarnas tid räcker eller att ingen sökande får mer än ett visst belopp.
web-glossary-term-9 = Stödberättigad
web-glossary-def-9 = En ansökan som uppfyller riktlinjens regler för stödet, till exempel om vem som får söka och hur stor del som får finansieras. Den som inte är stödberättigad kan inte föreslås, hur hög poäng den än har.
web-glossary-term-10 = Ryms inte inom budget och villkor
web-glossary-def-10 = Ansökan är stödberättigad och har tillräcklig poäng, men när det blev dess tur räckte inte pengarna eller något villkor. Sidan för ansökan visar vilken gräns det var, vilka ansökningar som fick pengarna och hur mycket större budgeten skulle behöva vara.
web-glossary-term-11 = Strategi för förslaget
web-glossary-def-11 = Hur förslaget väljer mellan ansökningarna. Rangordningen först: pengarna går i rangordning så långt de räcker. Mest kvalitet för pengarna: varje krona räknas med poängen för den ansökan den går till, så pengarna går till de högst poängsatta oavsett storlek. Flest poäng: varje ansökans poäng räknas en gång, vilket gynnar många små.
web-glossary-term-12 = Politisk låsning
web-glossary-def-12 = Ett politiskt ställningstagande om att en ansökan ska beviljas eller inte ska beviljas, med sitt skäl. Förslaget följer låsningen och visar vad den ändrar.
web-glossary-term-13 = Beslutsfattare
web-glossary-def-13 = Den som fattar beslutet om en ansökan enligt delegationsordningen: Regionstyrelsen, Regionala utvecklingsnämnden eller en tjänsteperson på delegation. Vem det är beror på stödets slag och belopp.
web-glossary-term-14 = Delegationsbeslut
web-glossary-def-14 = Ett beslut som en tjänsteperson fattar på nämndens eller styrelsens vägnar, enligt delegationsordningen. Delegationsbesluten redovisas i en bilaga till beslutsunderlaget.
web-glossary-term-15 = Beslutsunderlag
web-glossary-def-15 = Förslaget till beslut i en form som kan skrivas ut: vad som föreslås beviljas och avslås, per beslutsfattare, med skälen.
web-glossary-term-16 = Budgetkurva
web-glossary-def-16 = Vad förslaget skulle bli med mindre eller mer pengar i potterna, från hälften till en och en halv gång budgeten, och när varje ansökan kommer med eller faller bort.
web-glossary-term-17 = Säker, osäker och utanför
web-glossary-def-17 = Hur känsligt förslaget är för vikterna. Vikterna varieras slumpvis många gånger: en säker ansökan föreslås varje gång, en osäker ibland och en ansökan utanför aldrig.
web-glossary-term-18 = Delfinansiering
web-glossary-def-18 = Att en ansökan får mindre än det sökta beloppet. Bara när scenariot tillåter det, och aldrig mindre än ansökans lägsta belopp.
web-nav-glossary = Ordlista
web-col-stability = Stabilitet
web-stability-pending = beräknas
web-stability-share = { $class } ({ $share } %)
web-stability-sentence = { $class ->
    [saker] Förslaget för ansökan är säkert: den föreslås i alla { $draws } beräkningar där vikterna varieras slumpvis med upp till ±{ $spread } %.
    [osaker] Förslaget för ansökan är osäkert: den föreslås i { $share } % av { $draws } beräkningar där vikterna varieras slumpvis med upp till ±{ $spread } %.
   *[utanfor] Ansökan ligger utanför: den föreslås inte i någon av { $draws } beräkningar där vikterna varieras slumpvis med upp till ±{ $spread } %.
}
web-stability-sentence-pending = Hur känsligt förslaget är för vikterna beräknas just nu; ladda om sidan om en stund.
web-stability-what = Vad betyder det?
web-verdict-outside = Utanför regionens pott
web-memo-national = { $n ->
    [one] En ansökan om { $forms } ({ $ids }) betalas ur nationella medel och inte ur regionens pottar, så den ingår inte i förslaget; den beslutas mot regionens tilldelning ur de medlen.
   *[other] { $n } ansökningar om { $forms } ({ $ids }) betalas ur nationella medel och inte ur regionens pottar, så de ingår inte i förslaget; de beslutas mot regionens tilldelning ur de medlen.
}

## The de minimis register page.
web-nav-register = Stödregister
web-register-title = Stödregister: stöd av mindre betydelse
web-register-intro = Här finns stöd av mindre betydelse (de minimis) som företagen har fått från alla stödgivare. När en ansökan prövas räknar anslag ihop stödet till företaget och till företag som räknas som ett enda företag med det, under de år som gäller på beslutsdagen, och jämför med taket. Regionens egna beviljade ansökningar räknas automatiskt och står med i listan.
web-register-file = Registret sparas i filen { $file }, bredvid ansökningarna.
web-register-none = Scenariot har inget stödregister. Skriv raden aid_register: stodregister.yaml i scenariofilen för att föra stöd här.
web-register-search = Sök på organisationsnummer eller namn
web-register-search-button = Sök
web-register-show-all = Visa hela registret
web-register-applications = Ansökningar från företaget i scenariot
web-register-not-checked = Stöd av mindre betydelse prövas inte för den här ansökan.
web-register-aid = Stöd i registret
web-register-count = { $count ->
    [0] Inget stöd.
    [one] Ett stöd på { $total }.
   *[other] { $count } stöd på sammanlagt { $total }.
}
web-register-general = Stöd av mindre betydelse
web-register-sgei = Stöd av mindre betydelse för tjänster av allmänt ekonomiskt intresse
web-register-col-date = Beslutsdag
web-register-col-recipient = Mottagare
web-register-col-org = Organisationsnummer
web-register-col-grantor = Stödgivare
web-register-col-amount = Belopp
web-register-col-regulation = Regelverk
web-register-col-reference = Diarienummer och anmärkning
web-register-col-note = Anmärkning
web-register-groups = Företag som räknas som ett enda företag
web-register-groups-intro = Stöd till företag i samma grupp räknas ihop, eftersom det ena har bestämmande inflytande över det andra (artikel 2.2 i kommissionens förordning 1407/2013, från 2024 förordning 2023/2831). Grupperna ändras i registerfilen av den som förvaltar anslag.
web-register-add = För in ett stöd
web-register-add-intro = För in stöd som ett företag har fått från en annan stödgivare, till exempel enligt företagets intyg om stöd av mindre betydelse eller ett utdrag ur ett annat stödregister. Regionens egna beviljade ansökningar ska inte föras in här.
web-register-add-many = Många stöd på en gång förs in med kommandot
web-register-org-hint = Tio siffror, till exempel 556677-8899.
web-register-date-hint = Dagen då stödet beviljades, till exempel 2020-03-20.
web-register-amount-label = Belopp i kronor
web-register-form-label = Stödform, om stödet gavs ur anslag 1:1
web-register-form-none = Ingen av anslagets stödformer
web-register-years-label = År som stödet gällde
web-register-years-hint = Bara för servicebidrag och andra stöd som gäller flera år, till exempel 2020, 2021.
web-register-reference-label = Stödgivarens diarienummer
web-register-why = Underlag: varifrån kommer uppgiften?
web-register-why-missing = Skriv varifrån uppgiften kommer, till exempel företagets intyg, så att loggen visar det.
web-register-save = För in stödet
web-register-errors = Stödet fördes inte in. Rätta det här:
web-register-saved = Stödet är infört i stödregistret.
web-register-file-broken = Registerfilen { $file } går inte att läsa just nu. Kör anslag validate och rätta filen först.
web-register-now-ineligible = Ansökan { $id } uppfyller inte längre villkoren: { $reasons }.
web-register-application-room = Ansökan { $id }: { $lead }
web-register-proposal-same = Förslaget i scenariot { $scenario } är detsamma som förut.
web-register-proposal-changed = I scenariot { $scenario } ändrades förslaget: { $out ->
    [none] {""}
   *[other] { $out } får inte längre stöd.
}{ $came ->
    [none] {""}
   *[other] { " " }{ $came } får stöd i stället.
}
web-register-no-group = Företaget ingår inte i någon grupp av företag som räknas som ett enda företag.
web-register-to-form = För in ett stöd.
web-register-lines = { $count ->
    [one] Ett stöd.
   *[other] { $count } stöd. Sök på ett företag för att se summan för det.
}
web-register-missing = Fyll i { $label }.
web-decided-this-year = Redan beviljat i år
web-nav-decisions = Beslut
web-nav-reports = Rapporter
web-report-show = Visa
web-report-download = Ladda ner rapporten
web-report-about = Så är tabellerna räknade
web-report-to-run = Årlig rapportering till nämnden
web-report-to-villkor = Årlig rapportering på villkorsbeslut
web-report-to-county = Hela länet
web-reports-nav = Rapporterna
web-decisions-title = För in beslut
web-decisions-intro = Efter ett sammanträde förs organets beslut in här. Formuläret är ifyllt med förslaget: ändra det som organet beslutade annorlunda och skriv skälet. Beslutade ansökningar räknas sedan som beslut i alla scenarier: de lämnar rangordningen, deras belopp dras från årets budget och deras senare år räknas som åtaganden.
web-decisions-file = Besluten sparas i { $name } bredvid ansökningsfilen, som aldrig skrivs om. Varje beslut förs också in i loggen bredvid, med vem och när.
web-decisions-body = Organ som beslutade
web-decisions-show = Visa ansökningarna
web-decisions-nothing-left = Alla ansökningar i förslaget har redan beslut.
web-decisions-read-only = Beslut kan bara föras in när servern körs på den egna datorn (127.0.0.1) eller med inloggning.
web-decisions-meeting = Beslut av { $body }
web-decisions-conflict = Någon annan har fört in beslut sedan sidan öppnades, så dina sparades inte. Sidan visar nu läget efter deras beslut; formuläret har dina val kvar. Kontrollera och spara igen.
web-decisions-errors = Besluten sparades inte. Rätta det här:
web-decisions-proposal = Förslaget: { $proposed } av { $all } ansökningar beviljas, sammanlagt { $total }.
web-decisions-date = Beslutsdag
web-decisions-date-hint = Dagen då organet fattade beslutet, ÅÅÅÅ-MM-DD.
web-decisions-case = Diarienummer eller paragraf
web-decisions-case-hint = Till exempel RUN 2021/45 § 12. Kan lämnas tomt.
web-decisions-requested = Söker { $amount }.
web-decisions-proposed = Föreslås få { $amount }.
web-decisions-not-proposed = Föreslås inte:
web-decisions-granted = Beviljad
web-decisions-rejected = Avslagen
web-decisions-amount = Beviljat belopp
web-decisions-reason = Skäl
web-decisions-reason-hint = Krävs när beslutet avviker från förslaget. Ett avslag som följer förslaget får förslagets skäl.
web-decisions-save = För in besluten
web-decisions-recorded = Förda beslut
web-decisions-none-recorded = Inga beslut är förda ännu.
web-decisions-recorded-count = { $granted } beviljade ansökningar, sammanlagt { $amount }, och { $rejected } avslagna.
web-decisions-col-application = Ansökan
web-decisions-col-decision = Beslut
web-decisions-col-amount = Beviljat
web-decisions-col-meeting = Organ och dag
web-decisions-col-reason = Skäl
web-decisions-was-proposed = Förslaget var { $amount }.
web-decisions-was-not-proposed = Föreslogs inte.
web-decisions-saved-heading = Besluten är förda.
web-decisions-saved = { $granted } beviljade ({ $amount }) och { $rejected } avslagna, { $changed ->
    [0] inga ändringar mot förslaget
    [one] en ändring mot förslaget
   *[other] { $changed } ändringar mot förslaget
}. Förslaget för ansökningarna som återstår är räknat på nytt.
web-decisions-unknown-body = Organet finns inte bland dem som beslutar om ansökningarna i förslaget.
web-decisions-date-missing = Fyll i beslutsdagen.
web-decisions-bad-date = "{ $text }" är inget datum; skriv ÅÅÅÅ-MM-DD.
web-decisions-choose = { $id }: välj beviljad eller avslagen.
web-decisions-bad-amount = { $id }: "{ $text }" är inget belopp; skriv till exempel 800 000.
web-decisions-amount-missing = { $id }: fyll i beviljat belopp.
web-public-sole-trader = Enskild näringsidkare
web-public-sole-trader-note = En enskild näringsidkares namn är en persons namn och visas inte här eller i nedladdningarna.
web-public-privacy = Här finns bara beslutade stöd: inga ansökningar som bereds, inga bedömningar och inga organisationsnummer.
web-public-download = Ladda ner de beviljade stöden
web-public-download-standard = (öppna data enligt standarden 360Giving)
web-public-no-open-data = Öppna data kan inte skrivas: regelfilen saknar regionens organisationsnummer eller prefix.
web-public-no-date = utan beslutsdag
web-public-charts = Pengarna i diagram
web-public-charts-intro = Diagrammen visar de stöd som listan visar. Ett stöd till flera kommuner delas lika mellan dem; pengarna per målområde delas efter hur ansökan bidrar till målområdena.
web-public-by-area = Beviljat per målområde i RUS, miljoner kronor
web-public-by-municipality = Beviljat per kommun, miljoner kronor
web-public-by-year = Beviljat per beslutsår, miljoner kronor
web-public-updated = Senast uppdaterad { $date } (dagen för det senaste beslutet).
web-public-bars-description = Liggande staplar, miljoner kronor: { $parts }.
web-f-year = Beslutsår
web-f-area = Målområde i RUS
web-decision-line-granted = med { $amount } av { $body } { $date }{ $case }.
web-decision-line-rejected = av { $body } { $date }{ $case }.
web-memo-decided = Av budgeten för { $year } är { $amount } redan beviljat i tidigare beslut; förslaget fördelar det som är kvar.
