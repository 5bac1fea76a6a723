# export

export-ranking-sheet = Rangordning
export-proposal-sheet = Förslag
export-pots-sheet = Per pott
export-changes-sheet = Ansökningar
export-moved-sheet = Flyttade belopp
export-rank = Rang
export-id = Diarienummer
export-title = Projektnamn
export-applicant = Sökande
export-org-nr = Organisationsnummer
export-support = Stöd
export-form = Stödform
export-municipalities = Kommun
export-requested = Sökt belopp
export-score = Poäng
export-alignment = Strategisk förankring
export-agenda = Agenda 2030
export-quality = Kvalitet
export-eligible = Stödberättigad
export-problems = Regler som inte uppfylls
export-decision-body = Beslutas av
export-proposal = Föreslås
export-granted = Föreslaget belopp
export-reason = Skäl
export-explanation = Motivering
export-budget-needed = Budgetökning som skulle räcka
export-score-needed = Poäng som skulle räcka
export-pot = Pott
export-budget = Budget
export-allocated = Föreslaget
export-remaining = Kvar
export-change = Förändring
export-amount-in = Belopp { $letter } – { $scenario }
export-difference = Skillnad
export-dimension = Uppdelning
export-what = Vad
export-entered = Tillkommer
export-left = Faller bort
export-changed = Ändrat belopp
export-yes = Ja
export-no = Nej
export-written = Skrev { $path } ({ $rows ->
    [one] { $rows } rad
   *[other] { $rows } rader
}).
export-comparison-needs-with = --what comparison behöver ett andra scenario att jämföra med: --with scenarios/2021/budget-minus-10.yaml
export-csv-one-sheet = CSV rymmer en tabell; den första skrivs (XLSX får alla flikar).
export-de-minimis-sheet = Stöd av mindre betydelse
export-recipient = Mottagare
export-grant-date = Beslutsdag
export-amount = Belopp (kr)
export-amount-eur = Belopp (euro)
export-eur-rate = Kurs (kr/euro)
export-grantor = Stödgivare
export-regulation = Förordning
export-instrument = Typ av stöd
export-instrument-grant = Bidrag
export-sector = Bransch (SNI 2007)

## Open data (360Giving).
export-open-sole-trader = Enskild näringsidkare
export-open-vocabulary-rus = Regional utvecklingsstrategi för Västmanland: målområde
export-open-vocabulary-sdg = Agenda 2030: globalt mål
export-open-no-prefix = Regelfilen anger inte open_data_prefix, det prefix som 360Giving ger en utgivare för bidragens identifierare, så öppna data kan inte skrivas.
export-open-no-funder = Regelfilen anger inte region_org_nr, regionens organisationsnummer, så bidragsgivaren kan inte anges i öppna data.
export-open-format = 360Giving skrivs som json eller csv (--format json eller --format csv).
export-json-only-open = Bara --what 360giving skrivs som JSON; välj --format xlsx eller csv.
export-written-grants = Skrev { $file } ({ $count ->
    [one] ett beviljat stöd
   *[other] { $count } beviljade stöd
}).
export-open-description = { $what } ur anslag 1:1{ $places ->
    [none] .
   *[other] {""}, i { $places }.
}
export-pabulib-description = Förslag för { $pot } { $year } ur anslag 1:1, scenariot { $scenario } (anslag)
export-pabulib-decided-description = Beslut om { $pot } { $year } ur anslag 1:1, { $region } (anslag)
export-decided-only-pabulib = --decided och --year gäller bara --what pabulib.
export-year-needs-decided = --year anger vilket års beslut som skrivs och kräver --decided.
export-pabulib-needs-pot = Välj potten som ska skrivas med --pot (projektmedel, foretagsstod eller kommersiell_service).
export-pabulib-decided-written = Skrev { $file } ({ $count ->
    [one] en beslutad ansökan
   *[other] { $count } beslutade ansökningar
  }, { $selected } beviljade).
export-pabulib-written = Skrev { $file } ({ $count } ansökningar, { $selected } i förslaget).
export-open-undated = Beviljade stöd utan beslutsdatum skrivs inte, eftersom standarden kräver dagen för beslutet: { $ids }.
export-decided = Redan beviljat i år
