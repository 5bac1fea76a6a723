# import

import-no-header = rad 1 är tom; den första raden ska vara rubrikerna (Diarienummer, Projektnamn, …)
import-mapping-not-map = kolumner ska vara en tabell: dokumenterad rubrik → rubriken i filen
import-mapping-not-text = rubriken i filen ska vara en text
import-public-source = Offentlig medfinansiering
import-private-source = Privat medfinansiering
import-row = rad { $r }
import-bad-csv = CSV-filen går inte att läsa vid post { $line }; spara den igen som CSV (UTF-8)
import-bad-xlsx = arbetsboken går inte att läsa: { $why }
import-not-xlsx = filen är ingen Excel-arbetsbok (XLSX), eller är skadad; öppna den i Excel och spara den som .xlsx, eller exportera bladet som CSV
import-no-sheets = arbetsboken har inga blad
import-xlsx-macros = dess makron (VBA) går inte att läsa; spara den utan makron som .xlsx
import-xlsx-password = den är lösenordsskyddad; spara en kopia utan lösenord
import-xlsx-damaged = den är skadad eller använder något som inte stöds; öppna den i Excel och spara den igen
import-no-sheet = det finns inget blad ”{ $name }”; bladen heter { $names }
import-unknown-field = ”{ $key }” är ingen rubrik i den dokumenterade layouten{ $hint }
import-ignored-column = kolumnen ”{ $header }” ingår inte i layouten och läses inte
import-bad-rating = ”{ $item }” ska vara ett id och ett betyg 0–3, t.ex. kpv.matchning 3
import-written = Skrev { $path } med { $n ->
    [one] { $n } ansökan
   *[other] { $n } ansökningar
}.
import-skipped = Hoppade över { $n ->
    [one] { $n } rad
   *[other] { $n } rader
} med fel: { $rows }.
import-nothing-written = { $errors } fel; ingenting skrevs. Rätta cellerna ovan, eller använd --skip-invalid för att skriva de rader som är hela.
import-unknown-extension = filen ska sluta på .csv eller .xlsx (CSV med ; eller , i UTF-8 eller Windows-1252)
import-too-far = cellen { $cell } har ett värde men ligger utanför det som läses (högst { $rows } rader och { $columns } kolumner); ta bort värdet eller flytta tabellen till bladets början
import-missing-column = kolumnen ”{ $wanted }” saknas; den behövs (ange en annan rubrik med --mapping)
import-missing-column-for = kolumnen ”{ $wanted }” (för { $documented }) saknas
import-aid-already-in-register = stödet finns redan i registret (samma organisationsnummer, beslutsdatum, belopp och stödgivare) och läggs inte till igen
import-register-alone = --register läser stöd av mindre betydelse och går inte att kombinera med --mapping, --scenario eller --skip-invalid
import-nothing-written-register = { $errors } fel; ingenting skrevs. Rätta cellerna ovan och kör igen.
import-added-comment = Tillagt från { $source } med `anslag import --register --add`
import-register-header-comment =
    Stödregistret: stöd av mindre betydelse (de minimis), importerat från { $source } med
    `anslag import --register`. Lägg till de organisationer som räknas som ett enda företag under
    undertakings (se docs/filer.md), och ange filen som aid_register i scenariot.
import-register-name = Stöd av mindre betydelse från { $source }
import-cannot-add = { $path } går inte att fylla på automatiskt: lägg aid sist i filen som en lista med en rad per stöd, eller importera till en ny fil
import-added = La till { $n ->
    [one] { $n } stöd
   *[other] { $n } stöd
} i { $path }.
import-written-register = Skrev { $path } med { $n ->
    [one] { $n } stöd
   *[other] { $n } stöd
}.
import-missing-register-column = kolumnen ”{ $wanted }” saknas; den behövs
import-nothing-to-add = Inget nytt att lägga till; { $path } är oförändrad.
import-unknown-regulation = regelverket ”{ $text }” känns inte igen; skriv ”Stöd av mindre betydelse” eller ”Stöd av mindre betydelse för tjänster av allmänt ekonomiskt intresse” (eller lämna cellen tom för det första)
import-header-comment =
    Importerat från { $source } med `anslag import`. Betyg (links, agenda2030, criteria)
    som saknades i kalkylbladet sätts vid beredningen.
