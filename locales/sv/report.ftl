# The annual reports on decided 1:1 money (anslag report, the pages under Rapporter).
report-villkor-title = Årlig rapportering på villkorsbeslut { $year }
report-villkor-intro = Beslutade medel ur anslaget 1:1 Regionala utvecklingsåtgärder under { $year } för { $region }, som de är förda i anslag. Alla tabeller räknar samma beslut och summerar till samma belopp.
report-run-title = Årlig rapportering till regionala utvecklingsnämnden { $year }
report-run-intro = Årets beslut om 1:1-medel, vad varje pott finansierade, projekten som pågår och en presentation av varje beviljat projekt.
report-summary = { $granted ->
    [one] En ansökan beviljades
   *[other] { $granted } ansökningar beviljades
  } med sammanlagt { $total }; { $rejected ->
    [0] inga avslogs.
    [one] en avslogs.
   *[other] { $rejected } avslogs.
  }
report-updated = Senaste beslut: { $date }.
report-no-decisions = Det finns inga förda beslut för { $year }. Beslut förs på sidan Beslut eller med anslag decide.
report-known-years = År med förda beslut: { $years }.
report-no-years = Inga beslut är förda ännu.
report-sheet-pots = Per pott och stödform
report-sheet-national = Nationella strategin
report-sheet-areas = Målområden i RUS
report-sheet-places = Kommuner
report-sheet-payments = Utbetalningar per år
report-sheet-authorisation = Bemyndigande
report-sheet-grants = Beviljade
report-sheet-rejected = Avslag
report-sheet-running = Pågående projekt
report-col-count = Antal
report-col-granted = Beviljat
report-col-left = Kvar av budgeten
report-col-national = Strategiskt område
report-col-area = Målområde
report-col-share = Andel (%)
report-col-code = Kommunkod
report-col-per-inhabitant = Kronor per invånare
report-col-year = År
report-col-this-year = Årets beslut
report-col-earlier = Tidigare beslut
report-col-sum = Summa
report-col-what = Vad
report-col-amount = Belopp
report-col-decision-date = Beslutsdag
report-col-body = Beslutande organ
report-col-case = Diarienummer för beslutet
report-col-status = Status
report-col-years = Utbetalning per år
report-col-last-year = Sista år
report-no-form = utan stödform
report-total = Summa
report-pot-total = Summa { $pot }
report-auth-ceiling = Ram för ekonomiska åtaganden (bemyndigande)
report-auth-this-year = Åtaganden för kommande år, årets beslut
report-auth-earlier = Åtaganden för kommande år, tidigare beslut
report-auth-used = Använt av ramen vid årets slut
report-auth-left = Kvar av ramen
report-auth-no-ceiling = Scenariot för { $year } anger ingen ram; jämför med villkorsbeslutet.
report-population = Folkmängd: { $source } ({ $date }).
report-split-note = Ett beslut som gäller flera kommuner delas lika mellan dem; pengarna per målområde delas efter hur mycket varje målområde bidrar till ansökans poäng, och varje målområdes del delas lika mellan de strategiska områden i den nationella strategin som målområdet tjänar.
report-payments-note = Utbetalningarna är planen i besluten (belopp per år), inte gjorda utbetalningar. Tidigare beslut omfattar också åtaganden som scenariot anger utanför ansökningsfilen.
report-written = Skrev { $file } ({ $sheets } blad).
report-presentations = Projektpresentationer
report-presentation-purpose = Syfte
report-presentation-money = Pengar
report-presentation-strategy = Koppling till strategierna
report-presentation-agenda = Agenda 2030
report-presentation-decision = Beslut
report-presentation-no-description = Ansökan har ingen beskrivning av syftet.
report-presentation-no-links = Ansökan är inte kopplad till någon strategi.
report-presentation-no-goals = Inga globala mål är bedömda till 2 eller mer.
report-goal-rating = { $goal } (bedömning { $rating } av 3)
report-xlsx-needs-villkor = Bara rapporten om villkorsbeslut kan sparas som kalkylblad (--output fil.xlsx).
report-bad-year-text = ”{ $text }” är inte ett år. { $known }
report-bad-year = Året { $year } har inga förda beslut. { $known }
report-sheet-county = Hela länet
report-col-population = Folkmängd
report-col-applied-count = Ansökningar
report-col-applied = Sökt
report-col-granted-count = Beviljade
report-col-granted-share = Andel beviljade av beslutade (%)
report-county-title = Hela länet { $year }
report-county-intro = Vad årets ansökningar sökte och vad som beviljades i varje kommun, och hur jämnt pengarna per invånare är spridda över länet.
report-county-gini = Gini-koefficienten för kronor per invånare är { $gini } (0 betyder lika mycket per invånare i alla kommuner; ju närmare 1, desto mer har gått till en liten del av länets invånare).
report-county-spread = Mest per invånare fick { $most } ({ $most_kr } kr), minst { $least } ({ $least_kr } kr).
report-county-ratio = Det är { $ratio } gånger så mycket.
report-county-most = Mest per invånare fick { $most } ({ $most_kr } kr).
report-county-nothing = { $count ->
    [one] { $names } fick inget, så kvoten mellan mest och minst går inte att räkna.
   *[other] { $count } kommuner fick inget: { $names }. Kvoten mellan mest och minst går därför inte att räkna.
  }
report-county-no-spread = Inget är beviljat ännu, så spridningen går inte att räkna.
report-county-note = Årets ansökningar är de som beslutades under året och, när scenariot gäller året, de som ännu inte är beslutade. En ansökan som gäller flera kommuner räknas i var och en och dess belopp delas lika mellan dem. Gini-koefficienten väger varje kommun med dess folkmängd.
