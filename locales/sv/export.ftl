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
